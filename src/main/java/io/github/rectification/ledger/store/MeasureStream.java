package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the measures of many problems one row at a time, without holding them all. */
final class MeasureStream {
    private MeasureStream() {
    }

    /** Visits the measures of each problem in turn, in the problems' order, each problem's in display order. */
    static void forEach(Connection c, Iterable<Long> problemIds, MeasureVisitor visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MeasureTable.COLUMNS + ", m.uid FROM measure m"
                + " WHERE m.problem_id = ? ORDER BY m.sort_order, m.id")) {
            for (Long problemId : problemIds) {
                ps.setLong(1, problemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        visitor.visit(MeasureTable.map(rs), rs.getString("uid"));
                    }
                }
            }
        }
    }
}
