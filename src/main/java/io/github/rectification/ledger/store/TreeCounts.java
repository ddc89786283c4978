package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures beside the tree's nodes, counted by SQLite rather than from a snapshot, so that the tree
 * of a large ledger shows them at once. The SQL restates the domain's rule: a measure is finished when
 * it is not {@link io.github.rectification.ledger.domain.Measure#unfinished() unfinished} (done or
 * long-term, whatever the counting rule), and overdue as
 * {@link io.github.rectification.ledger.domain.Measure#overdue(LocalDate)} says; {@code TreeCountsTest}
 * holds the two to the same answer.
 */
final class TreeCounts {
    private TreeCounts() {
    }

    /** Figures of every inspection. */
    static Map<Long, NodeCounts> ofInspections(Connection c, LocalDate today) throws SQLException {
        return counts(c, "p.inspection_id", "", today);
    }

    /** Figures of every problem of an inspection (a problem's own measures and its sub-problems'). */
    static Map<Long, NodeCounts> ofProblems(Connection c, long inspectionId, LocalDate today) throws SQLException {
        Map<Long, NodeCounts> own = counts(c, "m.problem_id", " AND p.inspection_id = " + inspectionId, today);
        Map<Long, NodeCounts> out = new HashMap<>(own);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id FROM problem WHERE inspection_id = ? AND parent_id IS NOT NULL")) {
            ps.setLong(1, inspectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    NodeCounts child = own.getOrDefault(rs.getLong(1), NodeCounts.ZERO);
                    out.merge(rs.getLong(2), child, (a, b) -> new NodeCounts(a.problems(),
                            a.measures() + b.measures(), a.finished() + b.finished(), a.overdue() + b.overdue()));
                }
            }
        }
        return out;
    }

    private static Map<Long, NodeCounts> counts(Connection c, String groupBy, String and, LocalDate today)
            throws SQLException {
        Map<Long, NodeCounts> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + groupBy + ", count(DISTINCT m.problem_id),"
                + " count(*), sum(m.status IN ('done', 'long_term')),"
                + " sum(m.status IN ('in_progress', 'not_started') AND m.deadline_date < ?)"
                + " FROM measure m JOIN problem p ON p.id = m.problem_id WHERE 1 = 1" + and
                + " GROUP BY " + groupBy)) {
            ps.setString(1, today.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new NodeCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }
}
