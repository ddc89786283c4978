package io.github.rectification.ledger.exchange.export;

/**
 * A file name made from data (an inspection's name) that stays a plain name inside the folder it
 * is put in: no folder separators, no {@code ..}, none of the characters Windows forbids, no
 * control characters, no leading dots or trailing spaces, at most 120 characters.
 */
public final class PlainFileName {
    private static final int MAX = 120;

    private PlainFileName() {
    }

    /** {@code wanted} made plain; {@code fallback} when nothing of it is left. */
    public static String of(String wanted, String fallback) {
        StringBuilder sb = new StringBuilder();
        String s = wanted == null ? "" : wanted;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(ch < 0x20 || ch == 0x7f || "/\\:*?\"<>|".indexOf(ch) >= 0 ? '_' : ch);
        }
        String name = sb.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        if (name.length() > MAX) {
            name = name.substring(0, MAX).strip();
        }
        return name.isEmpty() ? fallback : name;
    }
}
