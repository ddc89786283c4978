package io.github.rectification.ledger.store;

import java.lang.ref.Cleaner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rows a delete took away, kept for its undo inside SQLite: in tables {@code temp.held_<table>}
 * of the writing connection (in memory, gone when the connection closes, as the undo history is),
 * each row a copy of every column of the record with the number of its removal. A delete copies
 * its rows there with one {@code INSERT … SELECT} per table and its undo copies them back, so that
 * no record passes through Java on the way. The rows of a removal lie in one range of the table's
 * key {@code held}; they are dropped when the removal is restored, or, when its {@link Removed} is
 * forgotten without a restore (an undo history that dropped it), at the next removal or restore.
 */
final class HeldRows {
    private static final Cleaner CLEANER = Cleaner.create();
    static final List<String> TABLES = List.of("inspection", "problem", "measure", "accountability", "institution");

    private final AtomicLong removals = new AtomicLong();
    private final Queue<Range> forgotten = new ConcurrentLinkedQueue<>();
    private final Map<String, List<String>> columns = new HashMap<>();
    /** True once the held tables exist on this connection. */
    private volatile boolean made;

    /** The rows of one removal in one held table: keys {@code first} to {@code last}, {@code count} of them. */
    record Range(String table, long removal, long first, long last, int count) {
        static Range empty(String table, long removal) {
            return new Range(table, removal, 0, -1, 0);
        }
    }

    /** A new removal's number: never used before by this connection (a rolled-back removal's rows are gone). */
    long nextRemoval() {
        return removals.incrementAndGet();
    }

    /** The columns of {@code table} in the ledger, in their order. */
    List<String> columns(Connection c, String table) throws SQLException {
        List<String> known = columns.get(table);
        if (known != null) {
            return known;
        }
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "', 'main') ORDER BY cid")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<String> fixed = List.copyOf(names);
        columns.put(table, fixed);
        return fixed;
    }

    /**
     * Makes the held tables (once per connection; inside the caller's transaction, so a rollback takes
     * them away too) and drops the rows of removals forgotten since the last call.
     */
    void prepare(Connection c, Database db) throws SQLException {
        if (!made) {
            make(c, db);
        }
        List<Range> drop = new ArrayList<>();
        for (Range r; (r = forgotten.poll()) != null; ) {
            drop.add(r);
        }
        if (drop.isEmpty()) {
            return;
        }
        db.onRollback(() -> forgotten.addAll(drop));
        for (Range r : drop) {
            discard(c, r);
        }
    }

    private void make(Connection c, Database db) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : TABLES) {
                StringBuilder sql = new StringBuilder("CREATE TEMP TABLE IF NOT EXISTS held_").append(table)
                        .append(" (held INTEGER PRIMARY KEY, removal INTEGER NOT NULL");
                try (ResultSet rs = st.executeQuery("SELECT name, type FROM pragma_table_info('" + table
                        + "', 'main') ORDER BY cid")) {
                    while (rs.next()) {
                        // the declared type gives each column the affinity it has in the ledger: values are kept as they are
                        sql.append(", \"").append(rs.getString(1)).append("\" ").append(rs.getString(2));
                    }
                }
                st.execute(sql.append(')').toString());
            }
        }
        made = true;
        // made inside the caller's transaction: a rollback takes the tables away again
        db.onRollback(() -> made = false);
    }

    /**
     * Copies the rows of {@code table} that {@code where} (with its parameters {@code args}) picks
     * into the held table under {@code removal}, in the order SQLite finds them; returns where they lie.
     */
    Range hold(Connection c, String table, long removal, String where, Object... args) throws SQLException {
        String held = "held_" + table;
        long before = maxKey(c, held);
        String names = quoted(columns(c, table));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp." + held + " (removal, " + names + ") SELECT ?, "
                + names + " FROM main." + table + " WHERE " + where)) {
            ps.setLong(1, removal);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 2, args[i]);
            }
            int n = ps.executeUpdate();
            if (n == 0) {
                return Range.empty(table, removal);
            }
            return new Range(table, removal, before + 1, maxKey(c, held), n);
        }
    }

    /** Checks that the rows of {@code r} are all still held, before they are put back. */
    void require(Connection c, Range r) throws SQLException {
        if (r.count() == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM temp.held_" + r.table()
                + " WHERE held BETWEEN ? AND ? AND removal = ?")) {
            ps.setLong(1, r.first());
            ps.setLong(2, r.last());
            ps.setLong(3, r.removal());
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.next() ? rs.getInt(1) : 0;
                if (n != r.count()) {
                    throw new SQLException("the " + r.count() + " rows of " + r.table() + " kept for undo are gone ("
                            + n + " left)");
                }
            }
        }
    }

    /** Puts the held rows of {@code r} with keys {@code from} to {@code to} back into their table, every column as it was. */
    int putBack(Connection c, Range r, long from, long to) throws SQLException {
        String names = quoted(columns(c, r.table()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO main." + r.table() + " (" + names + ") SELECT "
                + names + " FROM temp.held_" + r.table() + " WHERE held BETWEEN ? AND ? AND removal = ? ORDER BY held")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setLong(3, r.removal());
            return ps.executeUpdate();
        }
    }

    /** Drops the held rows of {@code r}. */
    void discard(Connection c, Range r) throws SQLException {
        if (r.count() == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM temp.held_" + r.table()
                + " WHERE held BETWEEN ? AND ? AND removal = ?")) {
            ps.setLong(1, r.first());
            ps.setLong(2, r.last());
            ps.setLong(3, r.removal());
            ps.executeUpdate();
        }
    }

    /**
     * Has the rows of {@code ranges} dropped once {@code owner} is garbage, unless {@code restored}
     * says they were put back by then.
     */
    void forgetWith(Object owner, List<Range> ranges, java.util.function.BooleanSupplier restored) {
        List<Range> kept = List.copyOf(ranges);
        CLEANER.register(owner, () -> {
            if (!restored.getAsBoolean()) {
                forgotten.addAll(kept);
            }
        });
    }

    private static long maxKey(Connection c, String held) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(held), 0) FROM temp." + held)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('"').append(n).append('"');
        }
        return sb.toString();
    }
}
