package io.github.rectification.ledger.store;

import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} over the ledger's SQLite connection: a unit is a transaction of the connection
 * (a bulk one with its rollback journal, see {@link Database#inBulkTransaction}), and the change
 * source is kept per thread while a unit runs.
 */
final class SqliteUnitOfWork implements UnitOfWork {
    private final Database db;
    private final LedgerStore store;
    private final ThreadLocal<ChangeSource> source = ThreadLocal.withInitial(() -> ChangeSource.EDIT);

    SqliteUnitOfWork(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    /** The change source of the unit running on this thread; a plain edit outside any. */
    ChangeSource source() {
        return source.get();
    }

    @Override
    public <T> T run(ChangeSource from, Supplier<T> work) {
        return fromSource(from, () -> run(work));
    }

    @Override
    public <T> T run(Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    @Override
    public <T> T bulk(ChangeSource from, Function<BulkWriter, T> work) {
        return fromSource(from, () -> bulk(work));
    }

    @Override
    public <T> T bulk(Function<BulkWriter, T> work) {
        return db.inBulkTransaction(c -> {
            BulkWriter writer = new BulkWriter(c, store.changeLog(c));
            db.bulkWriter(writer);
            try {
                T result = work.apply(writer);
                writer.finish();
                return result;
            } catch (RuntimeException | SQLException e) {
                writer.abandon();
                throw e;
            } finally {
                db.bulkWriter(null);
            }
        });
    }

    @Override
    public ReadTransaction readTransaction() {
        return new ReadTransaction(db);
    }

    /** Runs {@code work} with {@code from} as the change source of the history rows it writes. */
    private <T> T fromSource(ChangeSource from, Supplier<T> work) {
        ChangeSource previous = source.get();
        source.set(from);
        try {
            return work.get();
        } finally {
            source.set(previous);
        }
    }
}
