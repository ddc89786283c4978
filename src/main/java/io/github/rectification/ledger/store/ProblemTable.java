package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows of the {@code problem} table. */
final class ProblemTable {
    static final String COLUMNS =
            "p.id, p.inspection_id, p.parent_id, p.seq, p.category, p.title, p.description, p.sort_order";

    static final String INSERT = "INSERT INTO problem (id, uid, inspection_id, parent_id, seq, category, title,"
            + " description, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ProblemTable() {
    }

    /** Binds every column of {@link #INSERT}; {@code id} null lets SQLite choose it. */
    static void bindInsert(PreparedStatement ps, Problem p, Long id, String uid, int order) throws SQLException {
        Sql.setLong(ps, 1, id);
        ps.setString(2, uid == null ? Sql.newUid() : uid);
        ps.setLong(3, p.inspectionId());
        Sql.setLong(ps, 4, p.parentId());
        ps.setString(5, Sql.text(p.seq()));
        ps.setString(6, Sql.text(p.category()));
        ps.setString(7, Sql.text(p.title()));
        ps.setString(8, Sql.text(p.description()));
        ps.setInt(9, order);
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

    /**
     * Appends the problems under {@code parentId} (null: the inspection's top level) in display order,
     * each followed by its sub-problems; one query for the whole inspection.
     */
    static void inOrder(Connection c, long inspectionId, Long parentId, List<Problem> out) throws SQLException {
        Map<Long, List<Problem>> children = new HashMap<>();
        for (Problem p : list(c, "WHERE p.inspection_id = ?", inspectionId)) {
            children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
        }
        addChildren(children, parentId, out);
    }

    private static void addChildren(Map<Long, List<Problem>> children, Long parentId, List<Problem> out) {
        for (Problem p : children.getOrDefault(parentId, List.of())) {
            out.add(p);
            addChildren(children, p.id(), out);
        }
    }

    static Optional<Problem> get(Connection c, long id) throws SQLException {
        List<Problem> l = list(c, "WHERE p.id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The order after the last sibling among an inspection's top-level problems or a problem's sub-problems. */
    static int nextOrder(Connection c, long inspectionId, Long parentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(sort_order), 0) + 1 FROM problem WHERE inspection_id = ? AND parent_id IS ?")) {
            ps.setLong(1, inspectionId);
            Sql.setLong(ps, 2, parentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static Problem insert(Connection c, Problem p, String uid) throws SQLException {
        int order = p.order() > 0 ? p.order() : nextOrder(c, p.inspectionId(), p.parentId());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, p, p.id() == 0 ? null : p.id(), uid, order);
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
