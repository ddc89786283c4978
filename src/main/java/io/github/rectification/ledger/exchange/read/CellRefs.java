package io.github.rectification.ledger.exchange.read;

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
public final class CellRefs {
    private CellRefs() {
    }

    public static String column(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    /**
     * The 0-based column of a reference such as "AB12"; -1 when it has no letters; at least
     * {@link ReadLimits#MAX_COLUMNS} (never overflowing) when the letters go beyond XFD.
     */
    public static int columnOf(CharSequence ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (col > ReadLimits.MAX_COLUMNS) {
                if (Character.isLetter(ch)) {
                    continue;
                }
                break;
            }
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : col - 1;
    }
}
