package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows of the {@code measure} table. */
final class MeasureTable {
    static final String COLUMNS = "m.id, m.problem_id, m.seq, m.text, m.leader, m.department,"
            + " m.supporting_departments, m.person, m.deadline_kind, m.deadline_date, m.deadline_text, m.status,"
            + " m.completed_on, m.progress, m.remarks, m.sort_order";
    static final String INSERT = "INSERT INTO measure (id, uid, problem_id, seq, text, leader, department,"
            + " supporting_departments, person, deadline_kind, deadline_date, deadline_text, status, completed_on,"
            + " progress, remarks, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private MeasureTable() {
    }

    static Measure map(ResultSet rs) throws SQLException {
        String supporting = rs.getString("supporting_departments");
        List<String> sup = supporting == null || supporting.isEmpty()
                ? List.of() : Arrays.asList(supporting.split("\n"));
        Deadline deadline = new Deadline(DeadlineKind.fromCode(rs.getString("deadline_kind")),
                Sql.date(rs, "deadline_date"), rs.getString("deadline_text"));
        return new Measure(rs.getLong("id"), rs.getLong("problem_id"), rs.getString("seq"), rs.getString("text"),
                rs.getString("leader"), rs.getString("department"), sup, rs.getString("person"), deadline,
                Status.fromCode(rs.getString("status")), Sql.date(rs, "completed_on"), rs.getString("progress"),
                rs.getString("remarks"), rs.getInt("sort_order"));
    }

    /**
     * Every measure with only the fields that figures and deadline warnings are counted from (problem,
     * leader, department, deadline, status, completion date), in the order of {@code orderBy}; its
     * texts are left empty, and repeated names and dates are shared, so 100,000 measures take a few
     * megabytes.
     */
    static List<Measure> countable(Connection c, String orderBy) throws SQLException {
        Map<String, String> names = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        List<Measure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.problem_id, m.leader, m.department,"
                + " m.deadline_kind, m.deadline_date, m.deadline_text, m.status, m.completed_on, m.sort_order"
                + " FROM measure m " + orderBy);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Deadline deadline = new Deadline(DeadlineKind.fromCode(rs.getString(5)), sharedDate(dates, rs.getString(6)),
                        shared(names, rs.getString(7)));
                out.add(new Measure(rs.getLong(1), rs.getLong(2), null, null, shared(names, rs.getString(3)),
                        shared(names, rs.getString(4)), List.of(), null, deadline, Status.fromCode(rs.getString(8)),
                        sharedDate(dates, rs.getString(9)), null, null, rs.getInt(10)));
            }
        }
        return out;
    }

    private static String shared(Map<String, String> names, String s) {
        return s == null ? null : names.computeIfAbsent(s, k -> k);
    }

    private static LocalDate sharedDate(Map<String, LocalDate> dates, String s) {
        return s == null ? null : dates.computeIfAbsent(s, LocalDate::parse);
    }

    static List<Measure> list(Connection c, String where, Object... args) throws SQLException {
        List<Measure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM measure m " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    static List<Measure> ofProblem(Connection c, long problemId) throws SQLException {
        return list(c, "WHERE m.problem_id = ? ORDER BY m.sort_order, m.id", problemId);
    }

    static Optional<Measure> get(Connection c, long id) throws SQLException {
        List<Measure> l = list(c, "WHERE m.id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static int nextOrder(Connection c, long problemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(sort_order), 0) + 1 FROM measure WHERE problem_id = ?")) {
            ps.setLong(1, problemId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Binds every column of {@link #INSERT}; {@code id} null lets SQLite choose it. */
    static void bindInsert(PreparedStatement ps, Measure m, Long id, String uid, int order) throws SQLException {
        Sql.setLong(ps, 1, id);
        ps.setString(2, uid == null ? Sql.newUid() : uid);
        ps.setLong(3, m.problemId());
        bindFields(ps, 4, m);
        ps.setInt(17, order);
    }

    private static void bindFields(PreparedStatement ps, int i, Measure m) throws SQLException {
        ps.setString(i, Sql.text(m.seq()));
        ps.setString(i + 1, Sql.text(m.text()));
        ps.setString(i + 2, Sql.text(m.leader()));
        ps.setString(i + 3, Sql.text(m.department()));
        ps.setString(i + 4, String.join("\n", m.supportingDepartments()));
        ps.setString(i + 5, Sql.text(m.person()));
        ps.setString(i + 6, m.deadline().kind().code());
        Sql.setDate(ps, i + 7, m.deadline().date());
        ps.setString(i + 8, m.deadline().text());
        ps.setString(i + 9, m.status().code());
        Sql.setDate(ps, i + 10, m.completedOn());
        ps.setString(i + 11, Sql.text(m.progress()));
        ps.setString(i + 12, Sql.text(m.remarks()));
    }

    static Measure insert(Connection c, Measure m, String uid) throws SQLException {
        int order = m.order() > 0 ? m.order() : nextOrder(c, m.problemId());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, m, m.id() == 0 ? null : m.id(), uid, order);
            ps.executeUpdate();
        }
        long id = m.id() == 0 ? Sql.lastId(c) : m.id();
        return m.withId(id).withOrder(order);
    }

    static void update(Connection c, Measure m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE measure SET seq = ?, text = ?, leader = ?,"
                + " department = ?, supporting_departments = ?, person = ?, deadline_kind = ?, deadline_date = ?,"
                + " deadline_text = ?, status = ?, completed_on = ?, progress = ?, remarks = ?, sort_order = ?,"
                + " problem_id = ? WHERE id = ?")) {
            bindFields(ps, 1, m);
            ps.setInt(14, m.order());
            ps.setLong(15, m.problemId());
            ps.setLong(16, m.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no measure " + m.id());
            }
        }
    }
}
