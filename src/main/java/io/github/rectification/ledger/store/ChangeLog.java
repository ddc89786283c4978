package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes history rows inside the transaction of the change they record. Rows are batched;
 * {@link #flush()} sends them before the transaction commits.
 */
final class ChangeLog implements AutoCloseable {
    private final Connection c;
    private final String who;
    private final ChangeSource source;
    private final String at;
    private PreparedStatement insert;
    private PreparedStatement runInsert;
    private int pending;
    private long bulkEntry;

    ChangeLog(Connection c, String who, ChangeSource source) {
        this.c = c;
        this.who = who;
        this.source = source;
        this.at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    String who() {
        return who;
    }

    ChangeSource source() {
        return source;
    }

    /**
     * The history row of a bulk write under which the records it adds are named by runs of ids
     * ({@link #addedRun}); written the first time it is asked for after {@link #endBulkEntry}. It
     * names no record ({@link AddedHistory#ENTRY_TABLE}, no inspection), so no record's history lists
     * it as a row.
     */
    long bulkEntry() throws SQLException {
        if (bulkEntry == 0) {
            flush();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO history (at, who, table_name, record_id,"
                    + " record_uid, inspection_id, action, source) VALUES (?, ?, ?, 0, ?, NULL, ?, ?)")) {
                ps.setString(1, at);
                ps.setString(2, who);
                ps.setString(3, AddedHistory.ENTRY_TABLE);
                ps.setString(4, Sql.newUid());
                ps.setString(5, ChangeAction.ADD.code());
                ps.setString(6, source.label());
                ps.executeUpdate();
            }
            bulkEntry = Sql.lastId(c);
        }
        return bulkEntry;
    }

    /**
     * Notes that the bulk write added the records of {@code table} with ids {@code first} to
     * {@code last}, all of inspection {@code inspectionId}: they read this write's {@link #bulkEntry}
     * as their "add".
     */
    /**
     * Ends the bulk write's history row: the runs noted after this get one of their own, after the
     * rows written meanwhile (an update of a record the write added reads after its add).
     */
    void endBulkEntry() {
        bulkEntry = 0;
    }

    void addedRun(String table, Long inspectionId, long first, long last) throws SQLException {
        long entry = bulkEntry();
        if (runInsert == null) {
            runInsert = c.prepareStatement("INSERT INTO history_added (history_id, table_name, inspection_id,"
                    + " first_id, last_id) VALUES (?, ?, ?, ?, ?)");
        }
        runInsert.setLong(1, entry);
        runInsert.setString(2, table);
        Sql.setLong(runInsert, 3, inspectionId);
        runInsert.setLong(4, first);
        runInsert.setLong(5, last);
        runInsert.executeUpdate();
    }

    void added(Row r) throws SQLException {
        whole(ChangeAction.ADD, r.table(), r.id(), r.uid(), r.inspectionId(), null, r.summary());
    }

    /**
     * Writes the "remove" or "restore" rows of the problems or measures of {@code held} with held
     * keys {@code from} to {@code to}, read from their copies in the held table: the same rows as
     * {@link #removed(Row)} or {@link #restored(Row)} write one by one, the summary cut in SQL as
     * {@link #abbreviate} cuts it (SQLite counts characters, not bytes). A measure's row names {@code
     * inspectionId}, the inspection of every record a remove takes.
     */
    void heldRows(ChangeAction action, HeldRows.Range held, long inspectionId, long from, long to) throws SQLException {
        if (held.count() == 0) {
            return;
        }
        flush();
        String table = held.table();
        String summary = cut(table.equals("problem") ? "h.title" : "h.text");
        String values = switch (action) {
            case RESTORE -> "NULL, " + summary;
            case REMOVE -> summary + ", NULL";
            default -> throw new IllegalArgumentException("rows of records taken away or put back: " + action);
        };
        String inspection = switch (table) {
            case "problem" -> "h.inspection_id";
            case "measure" -> "?";
            default -> throw new IllegalArgumentException(table);
        };
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history (at, who, table_name, record_id,"
                + " record_uid, inspection_id, action, field, old_value, new_value, source) SELECT ?, ?, ?, h.id, h.uid, "
                + inspection + ", ?, NULL, " + values + ", ? FROM temp.held_" + table
                + " h WHERE h.held BETWEEN ? AND ? AND h.removal = ? ORDER BY h.id")) {
            int i = 1;
            ps.setString(i++, at);
            ps.setString(i++, who);
            ps.setString(i++, table);
            if (table.equals("measure")) {
                ps.setLong(i++, inspectionId);
            }
            ps.setString(i++, action.code());
            ps.setString(i++, source.label());
            ps.setLong(i++, from);
            ps.setLong(i++, to);
            ps.setLong(i, held.removal());
            ps.executeUpdate();
        }
    }

    /** {@link #abbreviate} in SQL, of {@code column}. */
    static String cut(String column) {
        return "CASE WHEN length(" + column + ") > " + SUMMARY_LENGTH + " THEN substr(" + column + ", 1, "
                + (SUMMARY_LENGTH - 1) + ") || '…' ELSE " + column + " END";
    }

    /** One row for one field of a record that changed outside its own table (such as its close-out). */
    void field(ChangeAction action, String table, long id, String uid, Long inspectionId, String field,
            String oldValue, String newValue) throws SQLException {
        row(action, table, id, uid, inspectionId, field, oldValue, newValue);
    }

    /** The row of an attachment of evidence added, removed or restored, naming its file. */
    void evidence(ChangeAction action, long id, String uid, Long inspectionId, String name) throws SQLException {
        boolean gone = action == ChangeAction.REMOVE;
        whole(action, "evidence", id, uid, inspectionId, gone ? name : null, gone ? null : name);
    }

    void removed(Row r) throws SQLException {
        whole(ChangeAction.REMOVE, r.table(), r.id(), r.uid(), r.inspectionId(), r.summary(), null);
    }

    void restored(Row r) throws SQLException {
        whole(ChangeAction.RESTORE, r.table(), r.id(), r.uid(), r.inspectionId(), null, r.summary());
    }

    /**
     * A row for a whole record (add, remove, restore): it names the record by its summary, cut to
     * {@link #SUMMARY_LENGTH} characters — the record itself holds the full text, and an import of
     * 100,000 measures would otherwise copy every text into the history.
     */
    private void whole(ChangeAction action, String table, long id, String uid, Long inspectionId, String oldValue,
            String newValue) throws SQLException {
        row(action, table, id, uid, inspectionId, null, abbreviate(oldValue), abbreviate(newValue));
    }

    static final int SUMMARY_LENGTH = 60;

    static String abbreviate(String s) {
        if (s == null || s.codePointCount(0, s.length()) <= SUMMARY_LENGTH) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, SUMMARY_LENGTH - 1)) + "…";
    }

    /** Records the fields that differ between two states of one record; nothing when none does. */
    void changed(ChangeAction action, Row before, Row after) throws SQLException {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : after.values().entrySet()) {
            if (!Objects.equals(before.values().get(e.getKey()), e.getValue())) {
                fields.add(e.getKey());
            }
        }
        if (fields.isEmpty()) {
            return;
        }
        if (source.perRecord() && fields.size() > 1) {
            StringBuilder oldValues = new StringBuilder();
            StringBuilder newValues = new StringBuilder();
            for (String f : fields) {
                line(oldValues, f, before.values().get(f));
                line(newValues, f, after.values().get(f));
            }
            row(action, after.table(), after.id(), after.uid(), after.inspectionId(), String.join(",", fields),
                    oldValues.toString(), newValues.toString());
            return;
        }
        for (String f : fields) {
            row(action, after.table(), after.id(), after.uid(), after.inspectionId(), f, before.values().get(f),
                    after.values().get(f));
        }
    }

    private static void line(StringBuilder sb, String field, String value) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(field).append(": ").append(value == null ? "" : value);
    }

    private void row(ChangeAction action, String table, long id, String uid, Long inspectionId, String field,
            String oldValue, String newValue) throws SQLException {
        if (insert == null) {
            insert = c.prepareStatement("INSERT INTO history (at, who, table_name, record_id, record_uid,"
                    + " inspection_id, action, field, old_value, new_value, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        insert.setString(1, at);
        insert.setString(2, who);
        insert.setString(3, table);
        insert.setLong(4, id);
        insert.setString(5, uid);
        Sql.setLong(insert, 6, inspectionId);
        insert.setString(7, action.code());
        setText(8, field);
        setText(9, oldValue);
        setText(10, newValue);
        insert.setString(11, source.label());
        insert.addBatch();
        if (++pending >= 1000) {
            flush();
        }
    }

    private void setText(int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
        if (runInsert != null) {
            runInsert.close();
        }
    }
}
