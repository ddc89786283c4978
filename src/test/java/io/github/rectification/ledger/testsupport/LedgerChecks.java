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
}
