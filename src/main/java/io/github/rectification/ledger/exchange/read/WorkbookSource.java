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
     * True when {@link #check} may run on one thread while {@link #read} reads the sheets on
     * another, so that an import into a ledger with nothing to lose checks the workbook while it is
     * written and rolls back on a refusal.
     */
    default boolean checksAlongside() {
        return false;
    }

    @Override
    void close();
}
