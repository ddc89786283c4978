package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A full-text index filled once at the end of a bulk write (or of an undone delete) instead of row
 * by row. FTS5 writes its pending terms to disk at every statement, so a trigger that indexes each
 * inserted row on its own turns 100,000 single-row inserts into 100,000 index segments; filling
 * the index with one {@code INSERT … SELECT} per id range costs a fraction of that. The insert
 * trigger is dropped for the bulk write's transaction and created again, as stored, before it
 * commits; a rollback brings it back by itself. While it is suspended the index keeps up to {@link
 * #BULK_HASH_SIZE} bytes of terms in memory before it writes a segment (FTS5's {@code hashsize}, 1
 * MiB by default): fewer, larger segments to write and merge halve the time of the fill.
 */
final class DeferredIndex {
    static final int BULK_HASH_SIZE = 32 << 20;
    static final int DEFAULT_HASH_SIZE = 1 << 20;

    private final Connection c;
    private final String table;
    private final String triggerSql;
    private final String fill;
    private final IdRuns pending = new IdRuns();

    private DeferredIndex(Connection c, String table, String triggerSql, String fill) {
        this.c = c;
        this.table = table;
        this.triggerSql = triggerSql;
        this.fill = fill;
    }

    /** Suspends the indexing of inserted problems. */
    static DeferredIndex problems(Connection c) throws SQLException {
        return suspend(c, "problem_fts", "problem_fts_insert", "INSERT INTO problem_fts (rowid, title, description,"
                + " category) SELECT id, title, description, category FROM problem WHERE id BETWEEN ? AND ?");
    }

    /** Suspends the indexing of inserted measures. */
    static DeferredIndex measures(Connection c) throws SQLException {
        return suspend(c, "measure_fts", "measure_fts_insert", "INSERT INTO measure_fts (rowid, text, progress,"
                + " department, leader, person, remarks) SELECT id, text, progress, department, leader, person, remarks"
                + " FROM measure WHERE id BETWEEN ? AND ?");
    }

    /**
     * Drops the insert trigger {@code trigger} of the full-text table {@code table}; {@code fill} is
     * an {@code INSERT INTO <table> … SELECT} with two parameters, the first and last id of a range
     * of rows to index.
     */
    private static DeferredIndex suspend(Connection c, String table, String trigger, String fill) throws SQLException {
        String sql = dropTrigger(c, trigger);
        hashSize(c, table, BULK_HASH_SIZE);
        return new DeferredIndex(c, table, sql, fill);
    }

    /**
     * Drops an index trigger inside the caller's transaction and returns its statement as stored,
     * to create it again before the commit (a rollback brings it back by itself).
     */
    static String dropTrigger(Connection c, String trigger) throws SQLException {
        String sql;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            ps.setString(1, trigger);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("index trigger " + trigger + " is missing");
                }
                sql = rs.getString(1);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER " + trigger);
        }
        return sql;
    }

    /** How many bytes of terms the full-text table {@code table} keeps in memory before it writes a segment. */
    static void hashSize(Connection c, String table, int bytes) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO " + table + " (" + table + ", rank) VALUES ('hashsize', " + bytes + ")");
        }
    }

    /** Notes a row that was (or is about to be) inserted and is not indexed yet. */
    void added(long id) {
        pending.add(id);
    }

    /** Indexes the rows noted so far; they must be in the table (their batches sent). */
    void catchUp() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(fill)) {
            pending.drain((first, last) -> {
                ps.setLong(1, first);
                ps.setLong(2, last);
                ps.executeUpdate();
            });
        }
    }

    /** Indexes what is left and creates the trigger again. */
    void resume() throws SQLException {
        catchUp();
        hashSize(c, table, DEFAULT_HASH_SIZE);
        try (Statement st = c.createStatement()) {
            st.execute(triggerSql);
        }
    }
}
