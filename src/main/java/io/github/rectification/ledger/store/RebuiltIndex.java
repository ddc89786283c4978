package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A delete that takes a large share of the ledger (an inspection of 100,000 measures) without the
 * per-row search-index triggers: FTS5 removes a row from a trigram index by reading its text again
 * and writing a delete mark for every trigram, about as slow per row as indexing it, so the delete
 * triggers are dropped for the delete, the indexes are rebuilt from the rows that are left, and the
 * triggers are created again, as stored, in the same transaction (a rollback brings them back by
 * itself).
 */
final class RebuiltIndex {
    /** Below this many removed measures the triggers do the work. */
    static final int MIN_ROWS = 1000;

    private static final String[] TRIGGERS = {"measure_fts_delete", "problem_fts_delete"};
    private static final String[] INDEXES = {"measure_fts", "problem_fts"};

    private RebuiltIndex() {
    }

    /** An action on the connection. */
    @FunctionalInterface
    interface Delete {
        void run() throws SQLException;
    }

    /**
     * Whether rebuilding beats the triggers for a delete of {@code removed} measures: when it takes
     * at least {@link #MIN_ROWS} and a third of the ledger's measures (a rebuild reads each row left
     * once, a trigger costs about three times that for each row removed).
     */
    static boolean pays(Connection c, int removed) throws SQLException {
        if (removed < MIN_ROWS) {
            return false;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM measure")) {
            rs.next();
            return removed * 3L >= rs.getLong(1);
        }
    }

    /** Runs {@code delete} without the delete triggers, then rebuilds both search indexes. */
    static void around(Connection c, Delete delete) throws SQLException {
        List<String> triggers = new ArrayList<>();
        for (String name : TRIGGERS) {
            triggers.add(DeferredIndex.dropTrigger(c, name));
        }
        delete.run();
        try (Statement st = c.createStatement()) {
            for (String index : INDEXES) {
                DeferredIndex.hashSize(c, index, DeferredIndex.BULK_HASH_SIZE);
                st.execute("INSERT INTO " + index + " (" + index + ") VALUES ('rebuild')");
                DeferredIndex.hashSize(c, index, DeferredIndex.DEFAULT_HASH_SIZE);
            }
            for (String sql : triggers) {
                st.execute(sql);
            }
        }
    }
}
