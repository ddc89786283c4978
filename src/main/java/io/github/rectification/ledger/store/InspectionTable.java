package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Inspection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows of the {@code inspection} table. */
final class InspectionTable {
    /**
     * All columns: a ledger opened read-only is not migrated, so one from before round_kind and
     * issuing_body were added is read without them.
     */
    private static final String COLUMNS = "*";

    private InspectionTable() {
    }

    static Inspection map(ResultSet rs) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getString("name"), rs.getString("inspected_unit"),
                rs.getString("inspection_group"), Sql.date(rs, "start_date"), Sql.date(rs, "end_date"),
                Sql.date(rs, "feedback_date"), Sql.date(rs, "report_date"), rs.getInt("sort_order"),
                optional(rs, "round_kind"), optional(rs, "issuing_body"));
    }

    private static String optional(ResultSet rs, String column) throws SQLException {
        for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
            if (rs.getMetaData().getColumnName(k).equalsIgnoreCase(column)) {
                return rs.getString(k);
            }
        }
        return "";
    }

    /** Notes the workbook sheet an inspection was read from (metadata for its export, not an edit). */
    static void sourceSheet(Connection c, long id, String sheet) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE inspection SET source_sheet = ? WHERE id = ?")) {
            ps.setString(1, Sql.text(sheet));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** The sheet each inspection was imported from, for those that were; none in a ledger of an older schema. */
    static Map<Long, String> sourceSheets(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info('inspection') WHERE name = 'source_sheet'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return out;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source_sheet FROM inspection WHERE source_sheet <> ''");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    static List<Inspection> all(Connection c) throws SQLException {
        List<Inspection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM inspection ORDER BY sort_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    static Optional<Inspection> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM inspection WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    static Inspection insert(Connection c, Inspection i, String uid) throws SQLException {
        int order = i.order();
        if (order <= 0) {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(sort_order), 0) + 1 FROM inspection");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                order = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inspection (id, uid, name, inspected_unit,"
                + " inspection_group, start_date, end_date, feedback_date, report_date, sort_order,"
                + " round_kind, issuing_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setLong(ps, 1, i.id() == 0 ? null : i.id());
            ps.setString(2, uid == null ? Sql.newUid() : uid);
            ps.setString(3, Sql.text(i.name()));
            ps.setString(4, Sql.text(i.inspectedUnit()));
            ps.setString(5, Sql.text(i.inspectionGroup()));
            Sql.setDate(ps, 6, i.startDate());
            Sql.setDate(ps, 7, i.endDate());
            Sql.setDate(ps, 8, i.feedbackDate());
            Sql.setDate(ps, 9, i.reportDate());
            ps.setInt(10, order);
            ps.setString(11, Sql.text(i.roundKind()));
            ps.setString(12, Sql.text(i.issuingBody()));
            ps.executeUpdate();
        }
        long id = i.id() == 0 ? Sql.lastId(c) : i.id();
        return new Inspection(id, i.name(), i.inspectedUnit(), i.inspectionGroup(), i.startDate(), i.endDate(),
                i.feedbackDate(), i.reportDate(), order, i.roundKind(), i.issuingBody());
    }

    static void update(Connection c, Inspection i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE inspection SET name = ?, inspected_unit = ?,"
                + " inspection_group = ?, start_date = ?, end_date = ?, feedback_date = ?, report_date = ?,"
                + " sort_order = ?, round_kind = ?, issuing_body = ? WHERE id = ?")) {
            ps.setString(1, Sql.text(i.name()));
            ps.setString(2, Sql.text(i.inspectedUnit()));
            ps.setString(3, Sql.text(i.inspectionGroup()));
            Sql.setDate(ps, 4, i.startDate());
            Sql.setDate(ps, 5, i.endDate());
            Sql.setDate(ps, 6, i.feedbackDate());
            Sql.setDate(ps, 7, i.reportDate());
            ps.setInt(8, i.order());
            ps.setString(9, Sql.text(i.roundKind()));
            ps.setString(10, Sql.text(i.issuingBody()));
            ps.setLong(11, i.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no inspection " + i.id());
            }
        }
    }
}
