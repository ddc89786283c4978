package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HistoryRepository} in the ledger's SQLite file: table {@code history}, and the {@code uid}
 * column each record's table has.
 */
final class SqliteHistory implements HistoryRepository {
    private final Database db;

    SqliteHistory(Database db) {
        this.db = db;
    }

    @Override
    public List<HistoryEntry> history(RecordKind kind, long id) {
        return db.read(c -> {
            Optional<Row> row = Row.read(c, RecordTables.of(kind), id);
            return row.isPresent() ? HistoryTable.ofRecord(c, kind, row.get().uid()) : List.<HistoryEntry>of();
        });
    }

    @Override
    public List<HistoryEntry> historyOfUid(RecordKind kind, String uid) {
        return db.read(c -> HistoryTable.ofRecord(c, kind, uid));
    }

    @Override
    public List<HistoryEntry> historyOfInspection(long inspectionId) {
        return db.read(c -> HistoryTable.ofInspection(c, inspectionId));
    }

    @Override
    public Map<Long, Instant> lastChanged(RecordKind kind) {
        String table = RecordTables.of(kind);
        return db.read(c -> {
            Map<Long, Instant> out = new HashMap<>();
            String added = Tables.exists(c, AddedHistory.TABLE) ? AddedHistory.addedAt(table, "t.id") : "NULL";
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, coalesce((SELECT max(h.at) FROM history h"
                    + " WHERE h.table_name = ? AND h.record_uid = t.uid), " + added + ") FROM " + table + " t")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String at = rs.getString(2);
                        if (at != null) {
                            out.put(rs.getLong(1), Instant.parse(at));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public String uidOf(RecordKind kind, long id) {
        return db.read(c -> uid(c, kind, id));
    }

    @Override
    public Optional<Long> idOfUid(RecordKind kind, String uid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + RecordTables.of(kind) + " WHERE uid = ?")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    @Override
    public Map<Long, String> uids(RecordKind kind) {
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, uid FROM " + RecordTables.of(kind))) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** The stable id of a record, inside a transaction of the store's own. */
    static String uid(Connection c, RecordKind kind, long id) throws SQLException {
        String table = RecordTables.of(kind);
        try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no " + table + " " + id);
                }
                return rs.getString(1);
            }
        }
    }
}
