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

    /** Throws {@link LedgerFileException.Reason#DAMAGED} unless {@code PRAGMA quick_check} answers "ok". */
    static void check(Connection c, Path file) throws SQLException, LedgerFileException {
        List<String> findings = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(5)")) {
            while (rs.next()) {
                findings.add(rs.getString(1));
            }
        }
        if (findings.size() != 1 || !"ok".equals(findings.get(0))) {
            throw new LedgerFileException(file, LedgerFileException.Reason.DAMAGED, String.join("; ", findings), null);
        }
    }

    /** True for SQLite's "database disk image is malformed" and its kin. */
    static boolean isCorruption(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB || msg.contains("SQLITE_CORRUPT")
                || msg.contains("malformed");
    }
}
