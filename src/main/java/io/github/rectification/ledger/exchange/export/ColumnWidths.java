package io.github.rectification.ledger.exchange.export;

/**
 * Column widths of an inspection sheet, in Excel's character units. Long texts get a fixed width
 * and wrap; short values (names, departments, dates) get a width that fits the widest value,
 * between a minimum and a maximum, so that one line holds them, where the page leaves room.
 */
final class ColumnWidths {
    // 157 units at most: fitted to an A4 landscape page the 11 pt text prints at 10.5 pt or more
    // the same as the most: rows are sized for these widths while they are written
    private static final int[] MIN = {5, 8, 16, 29, 8, 10, 10, 7, 10, 29, 8, 10, 7};
    private static final int[] MAX = {5, 8, 16, 29, 8, 10, 10, 7, 10, 29, 8, 10, 7};

    private final int[] widest = new int[MIN.length];

    /** Notes a value written in a column. */
    void fit(int column, String value) {
        widest[column] = Math.max(widest[column], TextWidth.of(value));
    }

    /** The width to assume for wrapping while rows are written: the most the column can get. */
    static int wrapWidth(int column) {
        return MAX[column];
    }

    /** Whether no value was written in the column. */
    boolean empty(int column) {
        return widest[column] == 0;
    }

    /** The final width of a column. */
    int width(int column) {
        return Math.max(MIN[column], Math.min(MAX[column], widest[column] + 2));
    }

    static int count() {
        return MIN.length;
    }
}
