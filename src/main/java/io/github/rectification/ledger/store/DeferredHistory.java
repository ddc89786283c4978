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
    private final IdRuns added = new IdRuns();

    DeferredHistory(ChangeLog log, String table) {
        this.log = log;
        this.table = table;
    }

    /** Notes a record that was (or is about to be) inserted. */
    void added(long id) {
        added.add(id);
    }

    /** Writes the rows of the records noted so far; they must be in their table (batches sent). */
    void catchUp() throws SQLException {
        added.drain((first, last) -> log.addedRows(table, first, last));
    }
}
