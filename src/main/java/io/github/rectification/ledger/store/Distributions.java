package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The batches a ledger sent out (every export is one) with the values of their measures and problems as sent,
 * and the conflicts their returns left open. The base of an export is written in one transaction
 * with one INSERT … SELECT.
 */
public final class Distributions {
    private static final String BASE_COLUMNS = "seq, text, leader, department, supporting_departments, person,"
            + " deadline_kind, deadline_date, deadline_text, status, completed_on, progress, remarks";

    private final Database db;
    private final LedgerStore store;

    Distributions(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    /** A new stable id for a batch or for a measure a return adds. */
    public static String newUid() {
        return Sql.newUid();
    }

    /** The id of the last change in the history: read with an export, it tells whether anything changed after it. */
    public long lastChange() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM history")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Records a batch and the current values of the measures of {@code inspectionIds} as its base, in
     * one transaction. Measures changed after history row {@code lastChange} (after the workbook was
     * read from the ledger) get no base: their return is for the user to decide.
     */
    public Batch record(String uid, String fileName, String sha256, String department,
            Collection<Long> inspectionIds, long lastChange) {
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String who = store.author();
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO distribution (uid, at, who, file_name,"
                    + " sha256, department) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, uid);
                ps.setString(2, at);
                ps.setString(3, who);
                ps.setString(4, fileName);
                ps.setString(5, sha256);
                ps.setString(6, department);
                ps.executeUpdate();
                id = Sql.lastId(c);
            }
            String in = inspectionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO distribution_measure (distribution_id,"
                    + " measure_uid, " + BASE_COLUMNS + ") SELECT ?, m.uid, m.seq, m.text, m.leader, m.department,"
                    + " m.supporting_departments, m.person, m.deadline_kind, m.deadline_date, m.deadline_text,"
                    + " m.status, m.completed_on, m.progress, m.remarks FROM measure m"
                    + " JOIN problem p ON p.id = m.problem_id WHERE p.inspection_id IN (" + in + ")"
                    + " AND m.uid NOT IN (SELECT record_uid FROM history WHERE id > ? AND table_name = 'measure')"
                    + " AND NOT " + AddedHistory.addedAfter("measure", "m.id")
                    + " ORDER BY m.uid")) {
                ps.setLong(1, id);
                ps.setLong(2, lastChange);
                ps.setLong(3, lastChange);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO distribution_problem (distribution_id,"
                    + " problem_uid, seq, category, title, description) SELECT ?, p.uid, p.seq, p.category, p.title,"
                    + " p.description FROM problem p WHERE p.inspection_id IN (" + in + ")"
                    + " AND p.uid NOT IN (SELECT record_uid FROM history WHERE id > ? AND table_name = 'problem')"
                    + " AND NOT " + AddedHistory.addedAfter("problem", "p.id"))) {
                ps.setLong(1, id);
                ps.setLong(2, lastChange);
                ps.setLong(3, lastChange);
                ps.executeUpdate();
            }
            return new Batch(id, uid, at, who, fileName, sha256, department);
        });
    }

    /**
     * Records the workbooks of one distribution as batches of round {@code roundUid}, due back on
     * {@code due} (or null), each with the current values of only its own measures and problems as
     * its base, all in one transaction. As with {@link #record}, records changed after history row
     * {@code lastChange} get no base.
     */
    public List<Batch> recordRound(String roundUid, String due, List<DistributedPart> parts, long lastChange) {
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String who = store.author();
        return db.inTransaction(c -> {
            List<Batch> out = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS sent_uid (uid TEXT PRIMARY KEY)");
                st.execute("DELETE FROM temp.sent_uid");
            }
            try (PreparedStatement batch = c.prepareStatement("INSERT INTO distribution (uid, at, who, file_name,"
                    + " sha256, department, round_uid, recipient, due, partial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                    PreparedStatement sentUid = c.prepareStatement("INSERT OR IGNORE INTO temp.sent_uid (uid) VALUES (?)");
                    PreparedStatement clear = c.prepareStatement("DELETE FROM temp.sent_uid");
                    PreparedStatement measure = c.prepareStatement("INSERT INTO distribution_measure"
                    + " (distribution_id, measure_uid, " + BASE_COLUMNS + ") SELECT ?, m.uid, m.seq, m.text, m.leader,"
                    + " m.department, m.supporting_departments, m.person, m.deadline_kind, m.deadline_date,"
                    + " m.deadline_text, m.status, m.completed_on, m.progress, m.remarks"
                    + " FROM temp.sent_uid s JOIN measure m ON m.uid = s.uid"
                    + " WHERE m.uid NOT IN (SELECT record_uid FROM history WHERE id > ? AND table_name = 'measure')"
                    + " AND NOT " + AddedHistory.addedAfter("measure", "m.id"));
                    PreparedStatement problem = c.prepareStatement("INSERT INTO distribution_problem (distribution_id,"
                    + " problem_uid, seq, category, title, description) SELECT ?, p.uid, p.seq, p.category, p.title,"
                    + " p.description FROM temp.sent_uid s JOIN problem p ON p.uid = s.uid"
                    + " WHERE p.uid NOT IN (SELECT record_uid FROM history WHERE id > ? AND table_name = 'problem')"
                    + " AND NOT " + AddedHistory.addedAfter("problem", "p.id"))) {
                for (DistributedPart part : parts) {
                    batch.setString(1, part.uid());
                    batch.setString(2, at);
                    batch.setString(3, who);
                    batch.setString(4, part.fileName());
                    batch.setString(5, part.sha256());
                    batch.setString(6, part.department());
                    batch.setString(7, roundUid);
                    batch.setString(8, part.recipient());
                    batch.setString(9, due);
                    batch.executeUpdate();
                    long id = Sql.lastId(c);
                    fill(sentUid, clear, part.measureUids());
                    measure.setLong(1, id);
                    measure.setLong(2, lastChange);
                    measure.setLong(3, lastChange);
                    measure.executeUpdate();
                    fill(sentUid, clear, part.problemUids());
                    problem.setLong(1, id);
                    problem.setLong(2, lastChange);
                    problem.setLong(3, lastChange);
                    problem.executeUpdate();
                    out.add(new Batch(id, part.uid(), at, who, part.fileName(), part.sha256(), part.department()));
                }
                clear.executeUpdate();
            }
            return out;
        });
    }

    private static void fill(PreparedStatement insert, PreparedStatement clear, Collection<String> uids)
            throws SQLException {
        clear.executeUpdate();
        for (String uid : uids) {
            insert.setString(1, uid);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /**
     * Whether a batch holds only part of its inspections (a department's or leader's workbook of a
     * distribution): the records its base does not hold were not sent, so a return cannot miss them.
     */
    public boolean partial(long batchId) {
        return db.read(c -> {
            if (!Tables.exists(c, "distribution_return")) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT partial FROM distribution WHERE id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        });
    }

    /** The rounds of distribution, oldest first, each as the uid of its round. */
    public List<String> rounds() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            if (!Tables.exists(c, "distribution_return")) {
                return out;
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT round_uid FROM distribution"
                    + " WHERE round_uid IS NOT NULL GROUP BY round_uid ORDER BY min(id)")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * The parts of a round of distribution in the order they were sent, each with its returns and
     * its open conflicts; empty for an unknown round.
     */
    public List<SentPart> round(String roundUid) {
        return db.read(c -> {
            List<SentPart> out = new ArrayList<>();
            if (!Tables.exists(c, "distribution_return")) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.uid, d.at, d.who, d.file_name, d.sha256,"
                    + " d.department, d.round_uid, d.recipient, d.due,"
                    + " (SELECT count(*) FROM distribution_measure dm WHERE dm.distribution_id = d.id"
                    + "  AND dm.measure_uid NOT IN (SELECT measure_uid FROM distribution_row r WHERE r.distribution_id = d.id)),"
                    + " (SELECT count(*) FROM merge_conflict k WHERE k.distribution_id = d.id AND k.decision IS NULL)"
                    + " FROM distribution d WHERE d.round_uid = ? ORDER BY d.id");
                    PreparedStatement returns = c.prepareStatement("SELECT at, who, file_name, applied, conflicts"
                    + " FROM distribution_return WHERE distribution_id = ? ORDER BY id")) {
                ps.setString(1, roundUid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Batch b = new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7));
                        List<SentPart.Returned> got = new ArrayList<>();
                        returns.setLong(1, b.id());
                        try (ResultSet r = returns.executeQuery()) {
                            while (r.next()) {
                                got.add(new SentPart.Returned(r.getString(1), r.getString(2), r.getString(3),
                                        r.getInt(4), r.getInt(5)));
                            }
                        }
                        out.add(new SentPart(b, rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                                got, rs.getInt(12)));
                    }
                }
            }
            return out;
        });
    }

    public Optional<Batch> batch(String uid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uid, at, who, file_name, sha256, department"
                    + " FROM distribution WHERE uid = ?")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                            : Optional.<Batch>empty();
                }
            }
        });
    }

    /** Every batch, oldest first. */
    public List<Batch> batches() {
        return db.read(c -> {
            List<Batch> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, uid, at, who, file_name, sha256, department FROM distribution ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        });
    }

    /** The measures of a batch as sent, by measure uid (ids and problem ids are 0). */
    public Map<String, Measure> base(long batchId) {
        return db.read(c -> {
            Map<String, Measure> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT measure_uid, 0 AS id, 0 AS problem_id, "
                    + BASE_COLUMNS + ", 0 AS sort_order FROM distribution_measure WHERE distribution_id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString("measure_uid"), MeasureTable.map(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The problems of a batch as sent, by problem uid (ids, inspection and parent are 0 or null). */
    public Map<String, Problem> problemBase(long batchId) {
        return db.read(c -> {
            Map<String, Problem> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT problem_uid, seq, category, title, description"
                    + " FROM distribution_problem WHERE distribution_id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Problem(0, 0, null, rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), 0));
                    }
                }
            }
            return out;
        });
    }

    /** The measure uids of the rows earlier returns of a batch added, by row fingerprint. */
    public Map<String, String> addedRows(long batchId) {
        return db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT fingerprint, measure_uid FROM distribution_row WHERE distribution_id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Closes an open conflict with the user's decision, "workbook" or "ledger" (an edited value is the
     * ledger's). A decision for the ledger changes no field, so it gets a history row of its own naming
     * the return. One transaction, or part of the caller's.
     */
    public void close(Conflict k, String decision) {
        if (!decision.equals("workbook") && !decision.equals("ledger")) {
            throw new IllegalArgumentException("decision " + decision);
        }
        String who = store.author();
        db.inTransaction(c -> {
            new ReturnWriter(c, who, ChangeSource.importOf(k.fileName()).label())
                    .decide(k.id(), decision, k.measureUid(), k.field(), k.ledger());
            return null;
        });
    }

    /** Opens a decided conflict again (the decision taken back); the field is the caller's to put back. */
    public void reopen(long conflictId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE merge_conflict SET decision = NULL, decided_at = NULL WHERE id = ?")) {
                ps.setLong(1, conflictId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The conflicts still open, oldest first. */
    public List<Conflict> openConflicts() {
        return conflicts("WHERE decision IS NULL");
    }

    /** Every conflict of a batch, decided ones too. */
    public List<Conflict> conflictsOf(long batchId) {
        return conflicts("WHERE distribution_id = " + batchId);
    }

    private List<Conflict> conflicts(String where) {
        return db.read(c -> {
            List<Conflict> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, distribution_id,"
                    + " measure_uid, field, base_value, ledger_value, workbook_value, file_name, sheet, row_number,"
                    + " column_name, decision FROM merge_conflict " + where + " ORDER BY id")) {
                while (rs.next()) {
                    out.add(ReturnWriter.conflict(rs));
                }
            }
            return out;
        });
    }
}
