package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the measures of many problems one row at a time, without holding them all. Columns are
 * read by position and the few distinct dates parsed once: the stream feeds exports of a hundred
 * thousand measures.
 */
final class MeasureStream {
    private static final String SELECT = "SELECT m.id, m.problem_id, m.seq, m.text, m.leader, m.department,"
            + " m.supporting_departments, m.person, m.deadline_kind, m.deadline_date, m.deadline_text, m.status,"
            + " m.completed_on, m.progress, m.remarks, m.sort_order, m.uid FROM measure m"
            + " WHERE m.problem_id = ? ORDER BY m.sort_order, m.id";

    private final Map<String, LocalDate> dates = new HashMap<>();

    private MeasureStream() {
    }

    /** Visits the measures of each problem in turn, in the problems' order, each problem's in display order. */
    static void forEach(Connection c, Iterable<Long> problemIds, MeasureVisitor visitor) throws SQLException {
        MeasureStream stream = new MeasureStream();
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            for (Long problemId : problemIds) {
                ps.setLong(1, problemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        visitor.visit(stream.map(rs), text(rs, 17));
                    }
                }
            }
        }
    }

    private Measure map(ResultSet rs) throws SQLException {
        String supporting = text(rs, 7);
        List<String> sup = supporting == null || supporting.isEmpty()
                ? List.of() : Arrays.asList(supporting.split("\n"));
        Deadline deadline = new Deadline(DeadlineKind.fromCode(text(rs, 9)), date(text(rs, 10)), text(rs, 11));
        return new Measure(rs.getLong(1), rs.getLong(2), text(rs, 3), text(rs, 4), text(rs, 5), text(rs, 6), sup,
                text(rs, 8), deadline, Status.fromCode(text(rs, 12)), date(text(rs, 13)), text(rs, 14),
                text(rs, 15), rs.getInt(16));
    }

    /**
     * A text column, from its UTF-8 bytes: the driver's own text path copies each value through a
     * direct buffer, which for a hundred thousand rows costs more than the query.
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private LocalDate date(String s) {
        return s == null ? null : dates.computeIfAbsent(s, LocalDate::parse);
    }
}
