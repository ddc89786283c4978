package io.github.rectification.ledger.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The problems or measures of one table a bulk write adds, noted one by one and kept as runs of
 * consecutive ids within one inspection. Before the commit they are written as a few rows of
 * {@code history_added} under the bulk write's one history row ({@link ChangeLog#bulkEntry}), where
 * a record-by-record write gives each record a history row of its own: see {@link AddedHistory}.
 */
final class AddedRuns {
    private final ChangeLog log;
    private final String table;
    private final List<Run> runs = new ArrayList<>();

    private static final class Run {
        final long first;
        long last;
        final Long inspectionId;

        Run(long first, Long inspectionId) {
            this.first = first;
            this.last = first;
            this.inspectionId = inspectionId;
        }
    }

    AddedRuns(ChangeLog log, String table) {
        this.log = log;
        this.table = table;
    }

    /** Notes a record of inspection {@code inspectionId} that was (or is about to be) inserted. */
    void note(long id, Long inspectionId) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (id == last.last + 1 && Objects.equals(inspectionId, last.inspectionId)) {
                last.last = id;
                return;
            }
        }
        runs.add(new Run(id, inspectionId));
    }

    /** Writes the runs noted so far; their records must be in their table (batches sent). */
    void catchUp() throws SQLException {
        for (Run r : runs) {
            log.addedRun(table, r.inspectionId, r.first, r.last);
        }
        runs.clear();
    }
}
