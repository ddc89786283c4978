package io.github.rectification.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations. The file's {@code PRAGMA user_version} is the number of the last one
 * applied; each runs in its own transaction together with the version bump.
 */
final class Migrations {
    /** Marks a file as a ledger ("ZGTL"). */
    static final int APPLICATION_ID = 0x5A47544C;

    private static final List<String> SCRIPTS = List.of("V1__ledger.sql", "V2__history.sql", "V3__evidence.sql",
            "V4__closeout.sql", "V5__follow_up.sql", "V6__directory.sql", "V7__distribution.sql",
            "V8__inspection_round.sql", "V9__distribution_round.sql", "V10__inspection_sheet.sql", "V11__figure_indexes.sql", "V12__no_text_index.sql",
            "V13__history_one_uid_index.sql", "V14__history_added.sql",
            "V15__no_status_index.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, SCRIPTS.size());
    }

    /** Applies the migrations after {@code from} up to and including {@code to}. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (int v = from + 1; v <= to; v++) {
            String sql = load(SCRIPTS.get(v - 1));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String part : split(sql)) {
                    st.execute(part);
                }
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script into statements; a trigger body's inner semicolons stay with it. */
    static List<String> split(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.toUpperCase().startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            if (inTrigger ? t.equalsIgnoreCase("END;") : t.endsWith(";")) {
                out.add(cur.toString());
                cur.setLength(0);
                inTrigger = false;
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }
}
