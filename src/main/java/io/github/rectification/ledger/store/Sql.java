package io.github.rectification.ledger.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Conversions between SQLite values and Java values, shared by the tables. */
final class Sql {
    private Sql() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, date.toString());
        }
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * A new stable id: a time-ordered UUID (version 7, RFC 9562), so that the ids of records added
     * together sit side by side in the uid index instead of scattering every insert over it.
     */
    static String newUid() {
        return UIDS.generate().toString();
    }

    private static final TimeBasedEpochGenerator UIDS = Generators.timeBasedEpochGenerator();

    static long lastId(java.sql.Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
