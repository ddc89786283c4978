package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The search index of the measures a bulk write updates, brought up to them once instead of row by
 * row. The update trigger re-indexes a measure in a statement of its own, and FTS5 writes its
 * pending terms at every statement: a return that updates a hundred measures wrote a hundred index
 * segments and merged them (about 4 s on 100,000 measures). While suspended, the trigger is dropped
 * and each measure's indexed texts are noted as they were before its first update
 * (a temporary table); {@link #resume} takes the noted rows whose texts changed out of the index
 * and puts them back in as they are now, one statement each, and creates the trigger again, as
 * stored. The bulk writer resumes before any write of the store joins its transaction and before it
 * commits; a rollback brings the trigger back by itself.
 */
final class DeferredReindex {
    private static final String TRIGGER = "measure_fts_update";
    private static final String OLD = "temp.measure_fts_before";
    private static final String FIELDS = "text, progress, department, leader, person, remarks";
    private static final String CHANGED = "o.text IS NOT m.text OR o.progress IS NOT m.progress"
            + " OR o.department IS NOT m.department OR o.leader IS NOT m.leader OR o.person IS NOT m.person"
            + " OR o.remarks IS NOT m.remarks";

    private final Connection c;
    /** The trigger's statement while it is dropped; null while it is in place. */
    private String triggerSql;

    DeferredReindex(Connection c) {
        this.c = c;
    }

    /** Notes the indexed texts of measure {@code id} before it is updated (once per measure). */
    void beforeUpdate(long id) throws SQLException {
        if (triggerSql == null) {
            triggerSql = DeferredIndex.dropTrigger(c, TRIGGER);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS measure_fts_before (id INTEGER PRIMARY KEY, " + FIELDS + ")");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO " + OLD + " (id, " + FIELDS + ")"
                + " SELECT id, " + FIELDS + " FROM main.measure WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Re-indexes the measures updated since the trigger was dropped whose texts changed, and creates it again. */
    void resume() throws SQLException {
        if (triggerSql == null) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO measure_fts (measure_fts, rowid, " + FIELDS + ") SELECT 'delete', o.id, o.text,"
                    + " o.progress, o.department, o.leader, o.person, o.remarks FROM " + OLD + " o JOIN main.measure m"
                    + " ON m.id = o.id WHERE " + CHANGED + " ORDER BY o.id");
            st.execute("INSERT INTO measure_fts (rowid, " + FIELDS + ") SELECT m.id, m.text, m.progress, m.department,"
                    + " m.leader, m.person, m.remarks FROM main.measure m JOIN " + OLD + " o ON o.id = m.id WHERE "
                    + CHANGED + " ORDER BY m.id");
            st.execute("DELETE FROM " + OLD);
            st.execute(triggerSql);
        }
        triggerSql = null;
    }
}
