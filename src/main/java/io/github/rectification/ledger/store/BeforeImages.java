package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The before-images of imports, kept in the ledger itself: instead of a copy of the whole file, an
 * import of a returned workbook keeps, in its own transaction, every row it changes or deletes as
 * it was before (and the id of every row it adds), for every table of the ledger but the search
 * index (which follows the rows it indexes). {@link #restoreNewest} puts the ledger back as it was
 * before the newest import, in one transaction, and may be repeated for the imports before it. A
 * before-image is restored only while the history holds nothing written after its import (any
 * later edit, decision or import refuses it, and a backup is the way back then). The newest
 * {@link io.github.rectification.ledger.domain.LedgerSettings#BACKUPS_KEEP} before-images are kept.
 * The tables are created by the first import that keeps one.
 */
public final class BeforeImages {
    static final String IMAGES = "import_before";
    static final String ROWS = "import_before_row";

    /** One kept before-image: its import's file, when and by whom, and how many rows it holds. */
    public record BeforeImage(long id, String fileName, String made, String author, int rows) {
    }

    private final Database db;
    private final LedgerStore store;

    BeforeImages(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    /** The kept before-images, newest first. */
    public List<BeforeImage> list() {
        return db.read(c -> {
            List<BeforeImage> out = new ArrayList<>();
            if (!Tables.exists(c, IMAGES)) {
                return out;
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT i.id, i.file_name, i.made,"
                    + " i.author, (SELECT count(*) FROM " + ROWS + " r WHERE r.image_id = i.id) FROM " + IMAGES
                    + " i ORDER BY i.id DESC")) {
                while (rs.next()) {
                    out.add(new BeforeImage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** The newest before-image, if any is kept. */
    public Optional<BeforeImage> newest() {
        List<BeforeImage> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Puts the ledger back as it was before the import of the newest before-image, in one transaction,
     * and drops that before-image. Refused ({@link IllegalStateException}) when none is kept or when
     * the history holds a change made after that import.
     */
    public BeforeImage restoreNewest() {
        BeforeImage image = newest().orElseThrow(() -> new IllegalStateException(Messages.TEXTS.text("beforeImage.none")));
        db.inTransaction(c -> {
            long after;
            try (PreparedStatement ps = c.prepareStatement("SELECT history_after FROM " + IMAGES + " WHERE id = ?")) {
                ps.setLong(1, image.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    after = rs.getLong(1);
                }
            }
            if (maxHistory(c) > after) {
                throw new IllegalStateException(Messages.TEXTS.text("beforeImage.changedSince", image.fileName()));
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA defer_foreign_keys = ON");
            }
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, op, row_id, old FROM " + ROWS
                    + " WHERE image_id = ? ORDER BY id DESC")) {
                ps.setLong(1, image.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
            }
            for (String[] r : rows) {
                undo(c, r[0], r[1], Long.parseLong(r[2]), r[3]);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + IMAGES + " WHERE id = ?")) {
                ps.setLong(1, image.id());
                ps.executeUpdate();
            }
            return null;
        });
        return image;
    }

    private static void undo(Connection c, String table, String op, long rowId, String old) throws SQLException {
        Columns cols = Columns.of(c, table);
        String sql = switch (op) {
            case "I" -> "DELETE FROM " + q(table) + " WHERE rowid = ?";
            case "U" -> "UPDATE " + q(table) + " SET (" + cols.list() + ") = (" + old + ") WHERE rowid = ?";
            case "D" -> cols.alias() ? "INSERT INTO " + q(table) + " (" + cols.list() + ") VALUES (" + old + ")"
                    : "INSERT INTO " + q(table) + " (rowid, " + cols.list() + ") VALUES (?, " + old + ")";
            default -> throw new SQLException("unknown before-image row " + op);
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!op.equals("D") || !cols.alias()) {
                ps.setLong(1, rowId);
            }
            ps.executeUpdate();
        }
    }

    private static long maxHistory(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM history")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A table's columns in order, and whether one of them is its rowid. */
    private record Columns(List<String> names, boolean alias) {
        static Columns of(Connection c, String table) throws SQLException {
            List<String> names = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            String keyType = "";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + q(table) + ")")) {
                while (rs.next()) {
                    names.add(rs.getString("name"));
                    if (rs.getInt("pk") > 0) {
                        keys.add(rs.getString("name"));
                        keyType = rs.getString("type");
                    }
                }
            }
            return new Columns(names, keys.size() == 1 && "INTEGER".equalsIgnoreCase(keyType));
        }

        String list() {
            return String.join(", ", names.stream().map(BeforeImages::q).toList());
        }

        /** The SQL text of the old row: its values as SQL literals, separated by commas. */
        String oldValues() {
            return String.join(" || ',' || ", names.stream().map(n -> "quote(OLD." + q(n) + ")").toList());
        }

        /** True in a trigger when the update changed any column: one that writes a row as it was keeps nothing. */
        String changed() {
            return String.join(" OR ", names.stream().map(n -> "OLD." + q(n) + " IS NOT NEW." + q(n)).toList());
        }
    }

    /**
     * Starts keeping the before-image of an import inside the caller's transaction: temporary
     * triggers on every table record what each write changes. {@link Capture#finish} ends it before
     * the commit; a rollback takes the before-image with the import.
     */
    static Capture capture(Connection c, String fileName, String author, int keep) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + IMAGES + " (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL,"
                    + " made TEXT NOT NULL, author TEXT NOT NULL, history_after INTEGER)");
            st.execute("CREATE TABLE IF NOT EXISTS " + ROWS + " (id INTEGER PRIMARY KEY, image_id INTEGER NOT NULL"
                    + " REFERENCES " + IMAGES + " (id) ON DELETE CASCADE, table_name TEXT NOT NULL, op TEXT NOT NULL,"
                    + " row_id INTEGER NOT NULL, old TEXT)");
            st.execute("CREATE INDEX IF NOT EXISTS " + ROWS + "_by_image ON " + ROWS + " (image_id)");
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + IMAGES + " (file_name, made, author)"
                + " VALUES (?, ?, ?)")) {
            ps.setString(1, fileName);
            ps.setString(2, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            ps.setString(3, author);
            ps.executeUpdate();
            id = Sql.lastId(c);
        }
        List<String> triggers = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String table : captured(c)) {
                Columns cols = Columns.of(c, table);
                String into = "INSERT INTO " + ROWS + " (image_id, table_name, op, row_id, old) VALUES (" + id
                        + ", '" + table.replace("'", "''") + "', ";
                String[][] kinds = {
                    {"INSERT", "", "'I', NEW.rowid, NULL"},
                    {"UPDATE", " WHEN " + cols.changed(), "'U', OLD.rowid, " + cols.oldValues()},
                    {"DELETE", "", "'D', OLD.rowid, " + cols.oldValues()},
                };
                for (String[] k : kinds) {
                    String name = "before_image_" + k[0].toLowerCase(java.util.Locale.ROOT) + "_" + table;
                    st.execute("CREATE TEMP TRIGGER " + q(name) + " AFTER " + k[0] + " ON main." + q(table)
                            + " FOR EACH ROW" + k[1] + " BEGIN " + into + k[2] + "); END");
                    triggers.add(name);
                }
            }
        }
        return new Capture(c, id, triggers, keep);
    }

    /** Every table of the ledger but the before-images' own, the search index's and SQLite's. */
    private static List<String> captured(Connection c) throws SQLException {
        List<String> virtual = new ArrayList<>();
        List<String> all = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
            while (rs.next()) {
                String sql = rs.getString(2);
                if (sql != null && sql.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE VIRTUAL")) {
                    virtual.add(rs.getString(1));
                } else {
                    all.add(rs.getString(1));
                }
            }
        }
        all.removeIf(t -> t.equals(IMAGES) || t.equals(ROWS) || virtual.stream().anyMatch(v -> t.startsWith(v + "_")));
        return all;
    }

    /** A before-image being kept: its triggers, dropped by {@link #finish} or {@link #abandon}. */
    static final class Capture {
        private final Connection c;
        private final long id;
        private final List<String> triggers;
        private final int keep;

        private Capture(Connection c, long id, List<String> triggers, int keep) {
            this.c = c;
            this.id = id;
            this.triggers = triggers;
            this.keep = keep;
        }

        /**
         * Ends the capture once everything is written: notes the history's last row and drops the
         * triggers; an import that changed nothing (a return imported again) keeps no before-image.
         */
        /** Ends the capture before the commit; true when the image holds rows (an import that changed nothing keeps none). */
        boolean finish() throws SQLException {
            drop();
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + IMAGES + " SET history_after = ? WHERE id = ?")) {
                ps.setLong(1, maxHistory(c));
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            boolean kept;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + IMAGES + " WHERE id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM " + ROWS + " WHERE image_id = ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                kept = ps.executeUpdate() == 0;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + IMAGES + " WHERE id NOT IN (SELECT id FROM "
                    + IMAGES + " ORDER BY id DESC LIMIT ?)")) {
                ps.setInt(1, Math.max(1, keep));
                ps.executeUpdate();
            }
            return kept;
        }

        /** Drops the triggers after a failure (the transaction is rolled back). */
        void abandon() {
            try {
                drop();
            } catch (SQLException ignored) {
                // the connection is failing; its temporary triggers go with it
            }
        }

        private void drop() throws SQLException {
            try (Statement st = c.createStatement()) {
                for (String t : triggers) {
                    st.execute("DROP TRIGGER IF EXISTS temp." + q(t));
                }
            }
            triggers.clear();
        }
    }
}
