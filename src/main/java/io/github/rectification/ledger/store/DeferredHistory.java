package io.github.rectification.ledger.store;

import java.sql.SQLException;

/**
 * The history rows of the problems and measures a bulk write adds, written with one
 * {@code INSERT … SELECT} per run of consecutive ids ({@link ChangeLog#addedRows}) that reads them
 * back from their table inside SQLite, instead of binding eleven values per record from Java. The
 * rows say the same as those {@link ChangeLog#added} writes one by one.
 */
final class DeferredHistory {
    private final ChangeLog log;
    private final String table;
    private final ChangeAction action;
    private final IdRuns noted = new IdRuns();

    DeferredHistory(ChangeLog log, String table, ChangeAction action) {
        this.log = log;
        this.table = table;
        this.action = action;
    }

    /** Notes a record that was (or is about to be) inserted, or that is about to be deleted. */
    void note(long id) {
        noted.add(id);
    }

    /** Writes the rows of the records noted so far; they must be in their table (batches sent, not deleted yet). */
    void catchUp() throws SQLException {
        noted.drain((first, last) -> log.wholeRows(action, table, first, last));
    }
}
