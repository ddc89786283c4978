package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of the {@code problem} table. */
final class ProblemTable {
    static final String COLUMNS =
            "p.id, p.inspection_id, p.parent_id, p.seq, p.category, p.title, p.description, p.sort_order";

    private ProblemTable() {
    }

    static Problem map(ResultSet rs) throws SQLException {
        return new Problem(rs.getLong("id"), rs.getLong("inspection_id"), Sql.nullableLong(rs, "parent_id"),
                rs.getString("seq"), rs.getString("category"), rs.getString("title"), rs.getString("description"),
                rs.getInt("sort_order"));
    }

    static List<Problem> list(Connection c, String where, Object... args) throws SQLException {
        List<Problem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM problem p "
                + where + " ORDER BY p.sort_order, p.id")) {
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

    static List<Problem> children(Connection c, long inspectionId, Long parentId) throws SQLException {
        return parentId == null
                ? list(c, "WHERE p.inspection_id = ? AND p.parent_id IS NULL", inspectionId)
                : list(c, "WHERE p.parent_id = ?", parentId);
    }

    static Optional<Problem> get(Connection c, long id) throws SQLException {
        List<Problem> l = list(c, "WHERE p.id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    static Problem insert(Connection c, Problem p, String uid) throws SQLException {
        int order = p.order();
        if (order <= 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(sort_order), 0) + 1 FROM problem WHERE inspection_id = ? AND parent_id IS ?")) {
                ps.setLong(1, p.inspectionId());
                Sql.setLong(ps, 2, p.parentId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    order = rs.getInt(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem (id, uid, inspection_id, parent_id,"
                + " seq, category, title, description, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setLong(ps, 1, p.id() == 0 ? null : p.id());
            ps.setString(2, uid == null ? Sql.newUid() : uid);
            ps.setLong(3, p.inspectionId());
            Sql.setLong(ps, 4, p.parentId());
            ps.setString(5, Sql.text(p.seq()));
            ps.setString(6, Sql.text(p.category()));
            ps.setString(7, Sql.text(p.title()));
            ps.setString(8, Sql.text(p.description()));
            ps.setInt(9, order);
            ps.executeUpdate();
        }
        long id = p.id() == 0 ? Sql.lastId(c) : p.id();
        return new Problem(id, p.inspectionId(), p.parentId(), p.seq(), p.category(), p.title(), p.description(),
                order);
    }

    static void update(Connection c, Problem p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE problem SET inspection_id = ?, parent_id = ?,"
                + " seq = ?, category = ?, title = ?, description = ?, sort_order = ? WHERE id = ?")) {
            ps.setLong(1, p.inspectionId());
            Sql.setLong(ps, 2, p.parentId());
            ps.setString(3, Sql.text(p.seq()));
            ps.setString(4, Sql.text(p.category()));
            ps.setString(5, Sql.text(p.title()));
            ps.setString(6, Sql.text(p.description()));
            ps.setInt(7, p.order());
            ps.setLong(8, p.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no problem " + p.id());
            }
        }
    }
}
