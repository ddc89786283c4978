package io.github.rectification.ledger.exchange.read;

import java.util.List;

/** A workbook opened for reading: its sheets, each read as a stream of rows. */
public interface WorkbookSource extends AutoCloseable {
    /** The file name shown in messages. */
    String fileName();

    List<SheetInfo> sheets();

    /** Streams the rows of one sheet to {@code handler}. */
    void read(SheetInfo sheet, RowHandler handler) throws ImportRejectedException;

    /**
     * Reads every sheet to its end, keeping nothing, and refuses the workbook when a part is
     * damaged or goes beyond {@link ReadLimits} (the text budget counted over the whole workbook):
     * done before a ledger is touched, so that a refusal found late in a sheet changes nothing.
     */
    void check() throws ImportRejectedException;

    /**
     * Streams the rows of one sheet to {@code handler} as {@link #read} does, and once the handler
     * declines a row reads the rest of the sheet as {@link #check} would: the sheet is then checked
     * to its end, which {@link #checkUnread} counts on.
     */
    default void readToEnd(SheetInfo sheet, RowHandler handler) throws ImportRejectedException {
        read(sheet, handler);
    }

    /**
     * True when the reads of this workbook check what they read ({@link #checkUnread}): an import
     * into a ledger with nothing to lose then reads the workbook once, checking it as it writes,
     * and rolls back on a refusal.
     */
    default boolean checksWhileRead() {
        return false;
    }

    /**
     * The {@link #check} of what the reads so far have not checked: the sheets not read to their
     * end, with the text budget less what the sheets read took. The whole check where the reads
     * check nothing ({@link #checksWhileRead} false).
     */
    default void checkUnread() throws ImportRejectedException {
        check();
    }

    /**
     * Starts reading, on a thread of its own, what every read of a sheet needs first (an .xlsx
     * file's shared strings and styles), so that the first read finds it ready or under way.
     */
    default void readAhead() {
    }

    @Override
    void close();
}
