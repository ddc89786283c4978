package io.github.rectification.ledger.store;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one transaction boundary of a ledger: "these writes, one transaction, this change source",
 * as the importer, the undo manager and the window's commands each ask for it. Everything inside
 * lands, or nothing when the work throws; the history rows the writes make carry the change source
 * (a plain edit, an undo or redo, an import naming its file). Units nest: an inner one joins the
 * outer transaction, with its own change source while it runs.
 */
public interface UnitOfWork {
    /** Runs {@code work} as one transaction, its history rows marked as coming from {@code from}. */
    <T> T run(ChangeSource from, Supplier<T> work);

    /** Runs {@code work} as one transaction with the change source in effect (a plain edit, outside any other unit). */
    <T> T run(Supplier<T> work);

    /**
     * Runs a large write (an import, a generated ledger) as one transaction through a
     * {@link BulkWriter}, its history rows marked as coming from {@code from}: everything lands, or
     * nothing when {@code work} throws. Inside it, a write through the store's repositories must
     * follow {@link BulkWriter#flush} (see the writer's contract).
     */
    <T> T bulk(ChangeSource from, Function<BulkWriter, T> work);

    /** Like {@link #bulk(ChangeSource, Function)} with the change source in effect. */
    <T> T bulk(Function<BulkWriter, T> work);

    /**
     * Starts a read transaction that lasts until the result is closed: the reads in between, from
     * any thread, all see the ledger as it was at the first of them. Writes are refused until it is
     * closed.
     */
    ReadTransaction readTransaction();
}
