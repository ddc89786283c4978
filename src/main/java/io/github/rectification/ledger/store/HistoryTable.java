package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads of the {@code history} table, oldest first. */
final class HistoryTable {
    private HistoryTable() {
    }

    static List<HistoryEntry> ofRecord(Connection c, RecordKind kind, String uid) throws SQLException {
        return AddedHistory.withAdd(c, kind, uid,
                list(c, "WHERE h.table_name = ? AND h.record_uid = ? ORDER BY h.id", RecordTables.of(kind), uid));
    }

    static List<HistoryEntry> ofInspection(Connection c, long inspectionId) throws SQLException {
        return AddedHistory.withAdds(c, inspectionId, list(c, "WHERE h.inspection_id = ? ORDER BY h.id", inspectionId));
    }

    /** The rows {@code where} selects (a clause after {@code FROM history h}), as entries. */
    static List<HistoryEntry> list(Connection c, String where, Object... args) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        if (!exists(c)) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM history h " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
        }
        return out;
    }

    /** The columns of a history row {@code h}, in the order {@link #entry} reads them. */
    static final String COLUMNS = "h.id, h.at, h.who, h.table_name, h.record_id, h.record_uid, h.inspection_id,"
            + " h.action, h.field, h.old_value, h.new_value, h.source";

    /** The entry of the row at the result's cursor, its first columns {@link #COLUMNS}. */
    static HistoryEntry entry(ResultSet rs) throws SQLException {
        long inspection = rs.getLong(7);
        Long inspectionId = rs.wasNull() ? null : inspection;
        return new HistoryEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                RecordTables.kindOf(rs.getString(4)), rs.getLong(5), rs.getString(6), inspectionId,
                ChangeAction.fromCode(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }

    /** A ledger opened read-only may predate the history. */
    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
