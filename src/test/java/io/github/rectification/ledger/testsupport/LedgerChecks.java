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

    /**
     * The file passes SQLite's integrity check and both search indexes' FTS5 integrity checks (which
     * throw on a mismatch with their rows), and holds the named triggers.
     */
    public static void assertIntact(Path file, String... triggers) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            st.execute("INSERT INTO measure_fts (measure_fts) VALUES ('integrity-check')");
            st.execute("INSERT INTO problem_fts (problem_fts) VALUES ('integrity-check')");
            List<String> present = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            assertThat(present).contains(triggers);
        }
    }

    /**
     * Every row of every table of a closed ledger file, as text, by table: all but SQLite's own, the
     * search index's (compared through its integrity check instead) and the before-images of imports.
     */
    public static java.util.Map<String, List<String>> rows(Path file) throws SQLException {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%' AND name NOT LIKE 'import_before%'")) {
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
