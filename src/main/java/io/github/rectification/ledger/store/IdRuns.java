package io.github.rectification.ledger.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ids noted one by one and kept as runs of consecutive ids, so that the rows of a bulk write can be
 * handled with one statement per run ({@code … WHERE id BETWEEN first AND last}).
 */
final class IdRuns {
    /** Handles one run of ids. */
    @FunctionalInterface
    interface Run {
        void handle(long first, long last) throws SQLException;
    }

    private final List<long[]> runs = new ArrayList<>();

    void add(long id) {
        if (!runs.isEmpty()) {
            long[] last = runs.get(runs.size() - 1);
            if (id == last[1] + 1) {
                last[1] = id;
                return;
            }
        }
        runs.add(new long[] {id, id});
    }

    /** Hands every run to {@code run}, then forgets them. */
    void drain(Run run) throws SQLException {
        for (long[] r : runs) {
            run.handle(r[0], r[1]);
        }
        runs.clear();
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }
}
