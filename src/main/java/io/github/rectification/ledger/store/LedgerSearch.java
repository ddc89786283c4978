package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the measures a filter keeps. Texts of three or more characters go through the trigram
 * full-text indexes; shorter ones (养老) through LIKE, which the trigram index cannot answer.
 */
final class LedgerSearch {
    private LedgerSearch() {
    }

    static FilterHits find(Connection c, MeasureFilter f) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (f.statuses().size() < Status.values().length) {
            StringJoiner in = new StringJoiner(", ", " AND m.status IN (", ")");
            for (Status s : f.statuses()) {
                in.add("?");
                args.add(s.code());
            }
            where.append(in);
        }
        if (f.overdueOnly()) {
            where.append(" AND m.status IN ('in_progress', 'not_started') AND m.deadline_date < ?");
            args.add(f.today().toString());
        }
        if (!f.text().isEmpty()) {
            if (f.text().codePointCount(0, f.text().length()) >= 3) {
                String phrase = '"' + f.text().replace("\"", "\"\"") + '"';
                where.append(" AND (m.id IN (SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?)"
                        + " OR m.problem_id IN (SELECT id FROM problem WHERE id IN"
                        + " (SELECT rowid FROM problem_fts WHERE problem_fts MATCH ?) OR parent_id IN"
                        + " (SELECT rowid FROM problem_fts WHERE problem_fts MATCH ?)))");
                args.add(phrase);
                args.add(phrase);
                args.add(phrase);
            } else {
                String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" AND (m.text LIKE ? ESCAPE '\\' OR m.progress LIKE ? ESCAPE '\\'"
                        + " OR m.department LIKE ? ESCAPE '\\' OR m.leader LIKE ? ESCAPE '\\'"
                        + " OR m.person LIKE ? ESCAPE '\\' OR m.remarks LIKE ? ESCAPE '\\'"
                        + " OR p.title LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\'"
                        + " OR p.category LIKE ? ESCAPE '\\')");
                for (int i = 0; i < 9; i++) {
                    args.add(like);
                }
            }
        }
        Set<Long> measures = new HashSet<>();
        Set<Long> problems = new HashSet<>();
        Set<Long> inspections = new HashSet<>();
        Set<Long> parents = new HashSet<>();
        Map<String, Integer> departments = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.problem_id, p.inspection_id, p.parent_id, m.department"
                + " FROM measure m JOIN problem p ON p.id = m.problem_id " + where)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    measures.add(rs.getLong(1));
                    problems.add(rs.getLong(2));
                    inspections.add(rs.getLong(3));
                    long parent = rs.getLong(4);
                    if (!rs.wasNull()) {
                        parents.add(parent);
                    }
                    departments.merge(rs.getString(5), 1, Integer::sum);
                }
            }
        }
        addAncestors(c, parents, problems);
        return new FilterHits(inspections, problems, measures, departments);
    }

    private static void addAncestors(Connection c, Set<Long> start, Set<Long> problems) throws SQLException {
        Set<Long> todo = new HashSet<>(start);
        todo.removeAll(problems);
        try (PreparedStatement ps = c.prepareStatement("SELECT parent_id FROM problem WHERE id = ?")) {
            while (!todo.isEmpty()) {
                Set<Long> next = new HashSet<>();
                for (long id : todo) {
                    problems.add(id);
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            long parent = rs.getLong(1);
                            if (!rs.wasNull() && !problems.contains(parent)) {
                                next.add(parent);
                            }
                        }
                    }
                }
                todo = next;
            }
        }
    }
}
