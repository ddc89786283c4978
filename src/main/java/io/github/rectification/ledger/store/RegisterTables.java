package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows of the accountability (问责) and institution (建章立制) registers. */
final class RegisterTables {
    private RegisterTables() {
    }

    static List<AccountabilityRecord> accountability(Connection c) throws SQLException {
        List<AccountabilityRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, person, position, kind, problem_id, date FROM accountability ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AccountabilityRecord(rs.getLong("id"), rs.getString("person"), rs.getString("position"),
                        rs.getString("kind"), Sql.nullableLong(rs, "problem_id"), Sql.date(rs, "date")));
            }
        }
        return out;
    }

    static AccountabilityRecord insert(Connection c, AccountabilityRecord a, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO accountability (id, uid, person, position, kind,"
                + " problem_id, date) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setLong(ps, 1, a.id() == 0 ? null : a.id());
            ps.setString(2, uid == null ? Sql.newUid() : uid);
            ps.setString(3, Sql.text(a.person()));
            ps.setString(4, Sql.text(a.position()));
            ps.setString(5, Sql.text(a.kind()));
            Sql.setLong(ps, 6, a.problemId());
            Sql.setDate(ps, 7, a.date());
            ps.executeUpdate();
        }
        return a.id() == 0 ? a.withId(Sql.lastId(c)) : a;
    }

    static void update(Connection c, AccountabilityRecord a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE accountability SET person = ?, position = ?, kind = ?,"
                + " problem_id = ?, date = ? WHERE id = ?")) {
            ps.setString(1, Sql.text(a.person()));
            ps.setString(2, Sql.text(a.position()));
            ps.setString(3, Sql.text(a.kind()));
            Sql.setLong(ps, 4, a.problemId());
            Sql.setDate(ps, 5, a.date());
            ps.setLong(6, a.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no accountability record " + a.id());
            }
        }
    }

    static List<InstitutionRecord> institutions(Connection c) throws SQLException {
        List<InstitutionRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, doc_no, kind, issued_on, problem_id,"
                + " measure_id FROM institution ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new InstitutionRecord(rs.getLong("id"), rs.getString("title"), rs.getString("doc_no"),
                        InstitutionKind.fromCode(rs.getString("kind")), Sql.date(rs, "issued_on"),
                        Sql.nullableLong(rs, "problem_id"), Sql.nullableLong(rs, "measure_id")));
            }
        }
        return out;
    }

    static InstitutionRecord insert(Connection c, InstitutionRecord r, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO institution (id, uid, title, doc_no, kind,"
                + " issued_on, problem_id, measure_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setLong(ps, 1, r.id() == 0 ? null : r.id());
            ps.setString(2, uid == null ? Sql.newUid() : uid);
            ps.setString(3, Sql.text(r.title()));
            ps.setString(4, Sql.text(r.docNo()));
            ps.setString(5, r.kind().code());
            Sql.setDate(ps, 6, r.issuedOn());
            Sql.setLong(ps, 7, r.problemId());
            Sql.setLong(ps, 8, r.measureId());
            ps.executeUpdate();
        }
        return r.id() == 0 ? r.withId(Sql.lastId(c)) : r;
    }

    static void update(Connection c, InstitutionRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE institution SET title = ?, doc_no = ?, kind = ?,"
                + " issued_on = ?, problem_id = ?, measure_id = ? WHERE id = ?")) {
            ps.setString(1, Sql.text(r.title()));
            ps.setString(2, Sql.text(r.docNo()));
            ps.setString(3, r.kind().code());
            Sql.setDate(ps, 4, r.issuedOn());
            Sql.setLong(ps, 5, r.problemId());
            Sql.setLong(ps, 6, r.measureId());
            ps.setLong(7, r.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no institution record " + r.id());
            }
        }
    }
}
