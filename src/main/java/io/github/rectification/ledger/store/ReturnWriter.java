package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Measure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The writes of a returned workbook besides its records, inside the import's transaction: the base
 * of a measure the return added, the row it came from, the conflicts found and the decisions taken.
 */
public final class ReturnWriter {
    private final Connection c;
    private final String who;
    private final String source;
    private final String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();

    ReturnWriter(Connection c, String who, String source) {
        this.c = c;
        this.who = who;
        this.source = source;
    }

    /** Records {@code m} as the base of measure {@code uid} in the batch (a measure the return added). */
    public void base(long batchId, String uid, Measure m) {
        run(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO distribution_measure"
                    + " (distribution_id, measure_uid, seq, text, leader, department, supporting_departments, person,"
                    + " deadline_kind, deadline_date, deadline_text, status, completed_on, progress, remarks)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, batchId);
                ps.setString(2, uid);
                ps.setString(3, Sql.text(m.seq()));
                ps.setString(4, Sql.text(m.text()));
                ps.setString(5, Sql.text(m.leader()));
                ps.setString(6, Sql.text(m.department()));
                ps.setString(7, String.join("\n", m.supportingDepartments()));
                ps.setString(8, Sql.text(m.person()));
                ps.setString(9, m.deadline().kind().code());
                Sql.setDate(ps, 10, m.deadline().date());
                ps.setString(11, m.deadline().text());
                ps.setString(12, m.status().code());
                Sql.setDate(ps, 13, m.completedOn());
                ps.setString(14, Sql.text(m.progress()));
                ps.setString(15, Sql.text(m.remarks()));
                ps.executeUpdate();
            }
        });
    }

    /** Records that the row with {@code fingerprint} became measure {@code uid}. */
    public void addedRow(long batchId, String fingerprint, String uid) {
        run(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO distribution_row"
                    + " (distribution_id, fingerprint, measure_uid) VALUES (?, ?, ?)")) {
                ps.setLong(1, batchId);
                ps.setString(2, fingerprint);
                ps.setString(3, uid);
                ps.executeUpdate();
            }
        });
    }

    /**
     * Records a returned workbook of the batch: its file, the SHA-256 of its content, how many records
     * it changed and how many conflicts it left. The same content imported again is kept once.
     */
    public void returned(long batchId, String fileName, String sha256, int applied, int conflicts) {
        run(() -> {
            if (!Tables.exists(c, "distribution_return")) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO distribution_return"
                    + " (distribution_id, at, who, file_name, sha256, applied, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, batchId);
                ps.setString(2, at);
                ps.setString(3, who);
                ps.setString(4, fileName);
                ps.setString(5, sha256);
                ps.setInt(6, applied);
                ps.setInt(7, conflicts);
                ps.executeUpdate();
            }
        });
    }

    /** Stores an open conflict; its id. */
    public long conflict(Conflict k) {
        return call(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO merge_conflict (distribution_id,"
                    + " measure_uid, field, base_value, ledger_value, workbook_value, file_name, sheet, row_number,"
                    + " column_name, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Sql.setLong(ps, 1, k.batchId());
                ps.setString(2, k.measureUid());
                ps.setString(3, k.field());
                ps.setString(4, k.base());
                ps.setString(5, k.ledger());
                ps.setString(6, k.workbook());
                ps.setString(7, k.fileName());
                ps.setString(8, k.sheet());
                Sql.setLong(ps, 9, k.row() == null ? null : (long) k.row());
                ps.setString(10, k.column());
                ps.setString(11, at);
                ps.executeUpdate();
                return Sql.lastId(c);
            }
        });
    }

    /**
     * Closes a conflict with the user's decision ("workbook" or "ledger"). A decision for the
     * ledger's value changes no field, so it gets a history row of its own naming the return.
     */
    public void decide(long conflictId, String decision, String measureUid, String field, String ledgerValue) {
        run(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE merge_conflict SET decision = ?, decided_at = ? WHERE id = ?")) {
                ps.setString(1, decision);
                ps.setString(2, at);
                ps.setLong(3, conflictId);
                ps.executeUpdate();
            }
            if (decision.equals("ledger")) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO history (at, who, table_name,"
                        + " record_id, record_uid, inspection_id, action, field, old_value, new_value, source)"
                        + " SELECT ?, ?, 'measure', m.id, m.uid, p.inspection_id, 'update', ?, ?, ?, ?"
                        + " FROM measure m JOIN problem p ON p.id = m.problem_id WHERE m.uid = ?")) {
                    ps.setString(1, at);
                    ps.setString(2, who);
                    ps.setString(3, field);
                    ps.setString(4, ledgerValue);
                    ps.setString(5, ledgerValue);
                    ps.setString(6, source + " · 冲突保留台账值");
                    ps.setString(7, measureUid);
                    ps.executeUpdate();
                }
            }
        });
    }

    static Conflict conflict(ResultSet rs) throws SQLException {
        long batch = rs.getLong(2);
        Long batchId = rs.wasNull() ? null : batch;
        int row = rs.getInt(10);
        Integer rowNumber = rs.wasNull() ? null : row;
        return new Conflict(rs.getLong(1), batchId, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rowNumber, rs.getString(11),
                rs.getString(12));
    }

    @FunctionalInterface
    private interface SqlRun {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static void run(SqlRun r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T call(SqlCall<T> r) {
        try {
            return r.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
