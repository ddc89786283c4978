package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A record as stored, column by column, with its stable id and inspection: what the history compares. */
record Row(String table, long id, String uid, Long inspectionId, Map<String, String> values) {

    /** Reads a record of inspection, problem, measure, accountability or institution. */
    static Optional<Row> read(Connection c, String table, long id) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        String uid;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                uid = rs.getString("uid");
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnName(i);
                    if (!col.equals("id") && !col.equals("uid")) {
                        values.put(col, rs.getString(i));
                    }
                }
            }
        }
        return Optional.of(new Row(table, id, uid, inspectionOf(c, table, id, values), values));
    }

    static Row require(Connection c, String table, long id) throws SQLException {
        return read(c, table, id).orElseThrow(() -> new SQLException("no " + table + " " + id));
    }

    private static Long inspectionOf(Connection c, String table, long id, Map<String, String> values)
            throws SQLException {
        return switch (table) {
            case "inspection" -> id;
            case "problem" -> Long.valueOf(values.get("inspection_id"));
            case "measure" -> inspectionOfProblem(c, values.get("problem_id"));
            case "accountability" -> inspectionOfProblem(c, values.get("problem_id"));
            case "institution" -> values.get("problem_id") != null
                    ? inspectionOfProblem(c, values.get("problem_id"))
                    : inspectionOfMeasure(c, values.get("measure_id"));
            default -> throw new IllegalArgumentException("no such table: " + table);
        };
    }

    private static Long inspectionOfProblem(Connection c, String problemId) throws SQLException {
        return problemId == null ? null
                : single(c, "SELECT inspection_id FROM problem WHERE id = ?", Long.parseLong(problemId));
    }

    private static Long inspectionOfMeasure(Connection c, String measureId) throws SQLException {
        return measureId == null ? null : single(c,
                "SELECT p.inspection_id FROM measure m JOIN problem p ON p.id = m.problem_id WHERE m.id = ?",
                Long.parseLong(measureId));
    }

    private static Long single(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The words a person recognises the record by: a name, title, measure text or person. */
    String summary() {
        return summary(table, values);
    }

    static String summary(String table, Map<String, String> values) {
        return switch (table) {
            case "inspection" -> values.get("name");
            case "problem", "institution" -> values.get("title");
            case "measure" -> values.get("text");
            case "accountability" -> values.get("person") + " " + values.get("kind");
            default -> "";
        };
    }
}
