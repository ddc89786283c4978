package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.domain.WrappedText;

/** Text widths and wrapped lines for the export's columns and rows ({@link WrappedText}). */
final class TextWidth {
    private TextWidth() {
    }

    /** Width of the widest line of {@code s}. */
    static int of(String s) {
        return WrappedText.width(s);
    }

    /** Lines {@code s} takes in a wrapped column {@code width} units wide (at least one). */
    static int lines(String s, int width) {
        return WrappedText.lines(s, width);
    }
}
