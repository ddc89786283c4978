package io.github.rectification.ledger.exchange.read;

/**
 * Receives the rows of one sheet in order. A cell value is a {@link String}, a {@link Double}, a
 * {@link java.time.LocalDate} (a numeric cell with a date format), a {@link Boolean}, or null for a
 * blank cell; formulas give their cached value. The array is reused between calls: copy what is kept.
 */
@FunctionalInterface
public interface RowHandler {
    /**
     * @param row   the 1-based row number as Excel shows it
     * @param cells the values by 0-based column; may be longer than the row's last cell
     * @param width the number of columns that hold a value in this row (cells beyond are null)
     * @return false to stop reading this sheet (the rest is not parsed)
     */
    boolean row(int row, Object[] cells, int width);
}
