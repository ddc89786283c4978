package io.github.rectification.ledger.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The history rows of the problems and measures a bulk write adds, written with one
 * {@code INSERT … SELECT} per run of consecutive ids ({@link ChangeLog#addedRows}) instead of a
 * bound statement per record: an import of 100,000 measures writes them in a tenth of the time.
 * The rows say the same as those {@link ChangeLog#added} writes one by one.
 */
final class DeferredHistory {
    private final ChangeLog log;
    private final String table;
    private final List<long[]> ranges = new ArrayList<>();

    DeferredHistory(ChangeLog log, String table) {
        this.log = log;
        this.table = table;
    }

    /** Notes a record that was (or is about to be) inserted. */
    void added(long id) {
        if (!ranges.isEmpty()) {
            long[] last = ranges.get(ranges.size() - 1);
            if (id == last[1] + 1) {
                last[1] = id;
                return;
            }
        }
        ranges.add(new long[] {id, id});
    }

    /** Writes the rows of the records noted so far; they must be in their table (batches sent). */
    void catchUp() throws SQLException {
        for (long[] r : ranges) {
            log.addedRows(table, r[0], r[1]);
        }
        ranges.clear();
    }
}
