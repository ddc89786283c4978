package io.github.rectification.ledger.exchange.export;

/**
 * How wide a text is in Excel's column-width units (a CJK character counts two, others one) and
 * how many lines it wraps to in a column of a given width; used for column widths and row heights.
 */
final class TextWidth {
    private TextWidth() {
    }

    /** Width of the widest line of {@code s}. */
    static int of(String s) {
        if (s == null) {
            return 0;
        }
        int max = 0;
        int line = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                max = Math.max(max, line);
                line = 0;
            } else {
                line += c < 0x2E80 ? 1 : 2;
            }
        }
        return Math.max(max, line);
    }

    /** Lines {@code s} takes in a wrapped column {@code width} units wide (at least one). */
    static int lines(String s, int width) {
        if (s == null || s.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, width - 1);
        int lines = 0;
        int line = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lines += 1 + (line - 1) / usable;
                line = 0;
            } else {
                line += c < 0x2E80 ? 1 : 2;
            }
        }
        lines += line == 0 ? 1 : 1 + (line - 1) / usable;
        return lines;
    }
}
