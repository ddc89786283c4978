package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own integrity check, run on every open before anything is written. */
final class Integrity {
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private Integrity() {
    }

    /**
     * Throws {@link LedgerFileException.Reason#DAMAGED} unless {@code PRAGMA quick_check} answers "ok"
     * for every table and its indexes. Checked table by table so that the evidence's content is left
     * out: it is checked by its SHA-256 whenever it is read.
     */
    static void check(Connection c, Path file) throws SQLException, LedgerFileException {
        List<String> findings = new ArrayList<>();
        for (String table : tables(c)) {
            quickCheck(c, "PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")", findings);
        }
        if (findings.stream().anyMatch(f -> !"ok".equals(f))) {
            throw new LedgerFileException(file, LedgerFileException.Reason.DAMAGED, String.join("; ", findings), null);
        }
    }

    private static void quickCheck(Connection c, String pragma, List<String> findings) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            while (rs.next()) {
                findings.add(rs.getString(1));
            }
        }
    }

    /** Every stored table but the evidence's content (and any virtual table, which has no pages of its own). */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema"
                + " WHERE type = 'table' AND name <> 'evidence_chunk' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** True for SQLite's "database disk image is malformed" and its kin. */
    static boolean isCorruption(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || msg.contains("SQLITE_CORRUPT")
                || msg.contains("malformed");
    }
}
