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
    private int pending;

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

    void added(Row r) throws SQLException {
        whole(ChangeAction.ADD, r.table(), r.id(), r.uid(), r.inspectionId(), null, r.summary());
    }

    /**
     * Writes the "add", "restore" or "remove" rows of the problems or measures with ids {@code first}
     * to {@code last}, read from their table (before a remove deletes them): the same rows as
     * {@link #added(Row)}, {@link #restored(Row)} or {@link #removed(Row)} write one by one, the
     * summary cut in SQL as {@link #abbreviate} cuts it (SQLite counts characters, not bytes).
     */
    void wholeRows(ChangeAction action, String table, long first, long last) throws SQLException {
        flush();
        String summary = cut(table.equals("problem") ? "p.title" : "m.text");
        String values = switch (action) {
            case ADD, RESTORE -> "NULL, " + summary;
            case REMOVE -> summary + ", NULL";
            default -> throw new IllegalArgumentException("rows that name a whole record: " + action);
        };
        String from = switch (table) {
            case "problem" -> "p.id, p.uid, p.inspection_id, ?, NULL, " + values + ", ? FROM problem p"
                    + " WHERE p.id BETWEEN ? AND ? ORDER BY p.id";
            case "measure" -> "m.id, m.uid, p.inspection_id, ?, NULL, " + values + ", ? FROM measure m"
                    + " JOIN problem p ON p.id = m.problem_id WHERE m.id BETWEEN ? AND ? ORDER BY m.id";
            default -> throw new IllegalArgumentException(table);
        };
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history (at, who, table_name, record_id,"
                + " record_uid, inspection_id, action, field, old_value, new_value, source) SELECT ?, ?, ?, " + from)) {
            ps.setString(1, at);
            ps.setString(2, who);
            ps.setString(3, table);
            ps.setString(4, action.code());
            ps.setString(5, source.label());
            ps.setLong(6, first);
            ps.setLong(7, last);
            ps.executeUpdate();
        }
    }

    /**
     * Writes the "remove" or "restore" rows of the problems or measures of {@code held} with held
     * keys {@code from} to {@code to}, read from their copies in the held table: the same rows as
     * {@link #wholeRows} writes from the records' own table. A measure's row names {@code
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

    private static String cut(String column) {
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
    }
}
