package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.RegisterRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link RegisterRepository} in the ledger's SQLite file, tables {@code accountability} and {@code institution}. */
final class SqliteRegisters implements RegisterRepository {
    private final Database db;
    private final LedgerStore store;

    SqliteRegisters(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    @Override
    public List<AccountabilityRecord> accountability() {
        return db.read(RegisterTables::accountability);
    }

    @Override
    public List<InstitutionRecord> institutions() {
        return db.read(RegisterTables::institutions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends RegisterRecord> T add(T record) {
        return store.logged((c, log) -> {
            T added = (T) insert(c, record, null);
            log.added(Row.require(c, table(added), added.id()));
            return added;
        });
    }

    @Override
    public void update(RegisterRecord record) {
        store.logged((c, log) -> {
            Row before = Row.require(c, table(record), record.id());
            update(c, record);
            log.changed(ChangeAction.UPDATE, before, Row.require(c, table(record), record.id()));
            return null;
        });
    }

    @Override
    public void delete(RegisterRecord record) {
        store.logged((c, log) -> {
            Optional<Row> before = Row.read(c, table(record), record.id());
            if (before.isPresent()) {
                log.removed(before.get());
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table(record) + " WHERE id = ?")) {
                ps.setLong(1, record.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void restore(RegisterRecord record, String uid) {
        store.logged((c, log) -> {
            insert(c, record, Objects.requireNonNull(uid, "uid"));
            log.restored(Row.require(c, table(record), record.id()));
            return null;
        });
    }

    /** Updates a record in a transaction already open: also for the links a delete of the tree clears. */
    static void update(Connection c, RegisterRecord record) throws SQLException {
        switch (record.recordKind()) {
            case ACCOUNTABILITY -> RegisterTables.update(c, (AccountabilityRecord) record);
            case INSTITUTION -> RegisterTables.update(c, (InstitutionRecord) record);
            default -> throw new IllegalArgumentException("not a register record: " + record);
        }
    }

    private static RegisterRecord insert(Connection c, RegisterRecord record, String uid) throws SQLException {
        return switch (record.recordKind()) {
            case ACCOUNTABILITY -> RegisterTables.insert(c, (AccountabilityRecord) record, uid);
            case INSTITUTION -> RegisterTables.insert(c, (InstitutionRecord) record, uid);
            default -> throw new IllegalArgumentException("not a register record: " + record);
        };
    }

    private static String table(RegisterRecord record) {
        return RecordTables.of(record.recordKind());
    }
}
