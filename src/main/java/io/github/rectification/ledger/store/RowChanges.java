package io.github.rectification.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The history rows of a write to one record: the row as added, or as it was before and after. */
final class RowChanges {
    /** A change to a record's row. */
    interface Change {
        void run() throws SQLException;
    }

    private RowChanges() {
    }

    /** Records the addition of the row {@code id} of {@code table}; returns {@code record}. */
    static <T> T added(ChangeLog log, Connection c, String table, T record, long id) throws SQLException {
        log.added(Row.require(c, table, id));
        return record;
    }

    /** Runs {@code change} on the row {@code id} of {@code table} and records the row before and after. */
    static Void changed(ChangeLog log, Connection c, String table, long id, ChangeAction action, Change change)
            throws SQLException {
        Row before = Row.require(c, table, id);
        change.run();
        log.changed(action, before, Row.require(c, table, id));
        return null;
    }
}
