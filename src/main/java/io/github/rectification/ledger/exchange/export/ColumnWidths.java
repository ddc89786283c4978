package io.github.rectification.ledger.exchange.export;

/**
 * Column widths of an inspection sheet, in Excel's character units. Long texts get a fixed width
 * and wrap; short values (names, departments, dates) get a width that fits the widest value,
 * between a minimum and a maximum, so that one line holds them.
 */
final class ColumnWidths {
    private static final int[] MIN = {6, 10, 30, 48, 10, 12, 12, 10, 14, 36, 10, 14, 10};
    private static final int[] MAX = {10, 16, 30, 48, 14, 22, 22, 12, 18, 36, 10, 18, 24};

    private final int[] widest = new int[MIN.length];

    /** Notes a value written in a column. */
    void fit(int column, String value) {
        widest[column] = Math.max(widest[column], TextWidth.of(value));
    }

    /** The width to assume for wrapping while rows are written: the most the column can get. */
    static int wrapWidth(int column) {
        return MAX[column];
    }

    /** The final width of a column. */
    int width(int column) {
        return Math.max(MIN[column], Math.min(MAX[column], widest[column] + 2));
    }

    static int count() {
        return MIN.length;
    }
}
