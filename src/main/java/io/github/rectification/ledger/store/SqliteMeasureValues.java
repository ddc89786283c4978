package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link MeasureValues} and the measure counts of an inspection, each read in one query of the SQLite file. */
final class SqliteMeasureValues {
    private static final String OF_INSPECTION = " FROM measure m JOIN problem p ON p.id = m.problem_id"
            + " WHERE p.inspection_id = ?";

    private SqliteMeasureValues() {
    }

    /** The number of measures of each problem of the inspection that has any. */
    static Map<Long, Integer> counts(Connection c, long inspectionId) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.problem_id, count(*)" + OF_INSPECTION
                + " GROUP BY m.problem_id")) {
            ps.setLong(1, inspectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The distinct short values of the inspection's measures. */
    static MeasureValues of(Connection c, long inspectionId) throws SQLException {
        Set<String> leaders = new LinkedHashSet<>();
        Set<String> departments = new LinkedHashSet<>();
        Set<List<String>> supporting = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        Set<Deadline> deadlines = new LinkedHashSet<>();
        Set<LocalDate> completed = new LinkedHashSet<>();
        Set<String> remarks = new LinkedHashSet<>();
        Map<String, LocalDate> parsed = new HashMap<>();
        // one pass over the measures: their distinct combinations of short values
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.leader, m.department,"
                + " m.supporting_departments, m.person, m.deadline_kind, m.deadline_date, m.deadline_text,"
                + " m.completed_on, m.remarks" + OF_INSPECTION)) {
            ps.setLong(1, inspectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    leaders.add(rs.getString(1));
                    departments.add(rs.getString(2));
                    String s = rs.getString(3);
                    supporting.add(s.isEmpty() ? List.of() : Arrays.asList(s.split("\n")));
                    persons.add(rs.getString(4));
                    deadlines.add(new Deadline(DeadlineKind.fromCode(rs.getString(5)), date(rs.getString(6), parsed),
                            rs.getString(7)));
                    LocalDate done = date(rs.getString(8), parsed);
                    if (done != null) {
                        completed.add(done);
                    }
                    remarks.add(rs.getString(9));
                }
            }
        }
        return new MeasureValues(leaders, departments, supporting, persons, deadlines, completed, remarks);
    }

    /** A stored date, each distinct one parsed once. */
    private static LocalDate date(String s, Map<String, LocalDate> parsed) {
        return s == null ? null : parsed.computeIfAbsent(s, LocalDate::parse);
    }
}
