package io.github.rectification.ledger.domain;

/**
 * How wide a text is in a spreadsheet's column-width units (a CJK character counts two, others one)
 * and how many lines it wraps to in a column of a given width; the rule by which the exported ledger
 * and the printed summary size their columns and rows.
 */
public final class WrappedText {
    private WrappedText() {
    }

    /** Width of the widest line of {@code s}. */
    public static int width(String s) {
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
                line += units(c);
            }
        }
        return Math.max(max, line);
    }

    /** Lines {@code s} takes in a wrapped column {@code width} units wide (at least one). */
    public static int lines(String s, int width) {
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
                line += units(c);
            }
        }
        lines += line == 0 ? 1 : 1 + (line - 1) / usable;
        return lines;
    }

    private static int units(char c) {
        return c < 0x2E80 ? 1 : 2;
    }
}
