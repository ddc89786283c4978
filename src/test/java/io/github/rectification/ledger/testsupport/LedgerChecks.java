package io.github.rectification.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks of a closed ledger file through a connection of its own. */
public final class LedgerChecks {
    private LedgerChecks() {
    }

    /** The file passes SQLite's integrity check. */
    public static void assertIntact(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    /**
     * Every row of every table of a closed ledger file, as text, by table: all but SQLite's own, the
     * and the before-images of imports.
     */
    public static java.util.Map<String, List<String>> rows(Path file) throws SQLException {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'import_before%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT rowid, * FROM \"" + t + "\" ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            b.append(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(v))
                                    .append('|');
                        }
                        rows.add(b.toString());
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }
}
