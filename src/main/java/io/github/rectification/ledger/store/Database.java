package io.github.rectification.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/** The connection to one ledger file, with its checks on open and its transactions. */
final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 5000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final WriterLock lock;
    private boolean writeProtected;
    /** True when the file passed the integrity check on opening (or its {@link CheckedMark} spared it) and showed no damage since. */
    private boolean intact;
    private int depth;
    /** True while a {@link ReadTransaction} is open. */
    private boolean reading;
    /** The writer of the bulk transaction under way, asked before another write joins it; else null. */
    private BulkWriter bulk;
    /** The rows this connection changes, for the search indexes; null when it does not write. */
    private SearchFeed feed;
    private LedgerSearch search;
    /** The rows deletes took away, kept for their undo. */
    private final HeldRows held = new HeldRows();
    /** Checkpoints the log after a large write, away from the writing thread; null when this connection does not write. */
    private WalCheckpointer checkpointer;
    /** True while the transaction under way leaves its checkpoint to {@link #checkpointer}. */
    private boolean checkpointLater;
    /** What to undo outside SQLite when the transaction under way is rolled back. */
    private final java.util.List<Runnable> onRollback = new java.util.ArrayList<>();

    private Database(Path file, Connection connection, WriterLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
    }

    /**
     * Opens a ledger file. For writing ({@code write} true) it creates a missing file and migrates an
     * older one (after a backup); when another program holds the ledger for writing, it opens it
     * read-only instead. A file that fails {@code PRAGMA quick_check} is refused before anything is
     * written to it; the check is spared when the file is as this application left it today after a
     * check ({@link CheckedMark}).
     */
    static Database open(Path file, boolean write) throws LedgerFileException {
        return open(file, write, true);
    }

    /**
     * Like {@link #open(Path, boolean)}; {@code check} false skips the integrity check of a read-only
     * open (a damaged page then fails the read that meets it).
     */
    static Database open(Path file, boolean write, boolean check) throws LedgerFileException {
        Path abs = file.toAbsolutePath();
        // the file as it is before SQLite opens it: a read-only open notes it checked only if it is still so
        // after the check (a file renamed over it meanwhile is another file; the connection reads the first)
        java.util.Optional<String> before = CheckedMark.before(abs);
        checkHeader(abs);
        boolean existed = Files.exists(abs) && sizeOf(abs) > 0;
        if (!write && !existed) {
            throw new LedgerFileException(abs, LedgerFileException.Reason.UNREADABLE, Messages.TEXTS.text("file.missing"), null);
        }
        WriterLock lock = null;
        boolean writeProtected = existed && !writable(abs);
        if (write && !writeProtected) {
            try {
                Path parent = abs.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                lock = WriterLock.tryAcquire(abs);
            } catch (IOException e) {
                throw new LedgerFileException(abs, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
            }
            if (lock == null && !existed) {
                throw new LedgerFileException(abs, LedgerFileException.Reason.UNREADABLE,
                        Messages.TEXTS.text("file.beingCreated"), null);
            }
        }
        boolean readOnly = lock == null;
        Connection c;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setReadOnly(readOnly);
            c = DriverManager.getConnection(connectionUrl(abs, readOnly), config.toProperties());
        } catch (SQLException e) {
            closeQuietly(lock);
            throw new LedgerFileException(abs, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
        try {
            int appId;
            int version;
            int tables;
            try (Statement st = c.createStatement()) {
                appId = intOf(st, "PRAGMA application_id");
                version = intOf(st, "PRAGMA user_version");
                tables = intOf(st, "SELECT count(*) FROM sqlite_master");
            }
            if (appId != Migrations.APPLICATION_ID && (tables > 0 || version > 0)) {
                throw new LedgerFileException(abs, LedgerFileException.Reason.NOT_A_LEDGER, null, null);
            }
            if (version > Migrations.latest()) {
                throw new LedgerFileException(abs, LedgerFileException.Reason.NEWER_SCHEMA,
                        Messages.TEXTS.text("file.version", String.valueOf(version), String.valueOf(Migrations.latest())), null);
            }
            boolean intact = tables == 0;
            if (tables > 0 && (check || !readOnly)) {
                java.time.LocalDate today = java.time.LocalDate.now();
                if (!CheckedMark.holds(abs, today)) {
                    Integrity.check(c, abs);
                    CheckedMark.passed(abs);
                    if (readOnly) {
                        CheckedMark.recordUnchanged(abs, today, before);
                    }
                }
                intact = true;
            }
            if (readOnly) {
                // the counts of a large ledger scan the same indexes several times and sort in between:
                // their pages stay in a cache of 32 MiB, and the sorts are kept in memory
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA cache_size = -32768");
                    st.execute("PRAGMA temp_store = MEMORY");
                }
            }
            if (!readOnly) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = NORMAL");
                    // the rows a delete keeps for its undo (HeldRows) stay in memory, as the undo history does
                    st.execute("PRAGMA temp_store = MEMORY");
                }
                if (version > 0 && version < Migrations.latest()) {
                    Backups.forLedger(abs).make(c, BackupKind.MIGRATION);
                }
                Migrations.migrate(c, version);
            }
            Database db = new Database(abs, c, lock);
            db.writeProtected = writeProtected;
            db.feed = readOnly ? null : SearchFeed.follow(abs, c);
            db.checkpointer = readOnly ? null : new WalCheckpointer(abs);
            db.search = new LedgerSearch(abs, db.feed);
            db.intact = intact && !readOnly;
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            closeQuietly(lock);
            String msg = e.getMessage() == null ? "" : e.getMessage();
            LedgerFileException.Reason reason = msg.contains("NOTADB") || msg.contains("not a database")
                    ? LedgerFileException.Reason.NOT_SQLITE
                    : Integrity.isCorruption(e) ? LedgerFileException.Reason.DAMAGED
                    : LedgerFileException.Reason.UNREADABLE;
            throw new LedgerFileException(abs, reason, msg, e);
        } catch (LedgerFileException | RuntimeException e) {
            closeQuietly(c);
            closeQuietly(lock);
            throw e;
        }
    }

    /** True when this user may write the file and create files beside it (SQLite's journal and WAL). */
    private static boolean writable(Path file) {
        Path dir = file.getParent();
        return Files.isWritable(file) && (dir == null || Files.isWritable(dir));
    }

    /**
     * The connection URL. A ledger read in a folder this user cannot write to is opened immutable:
     * SQLite would otherwise need to create its shared-memory file beside it, and since no one
     * (but root) can create a journal or WAL file there, the file cannot change while it is read.
     */
    private static String connectionUrl(Path file, boolean readOnly) {
        Path dir = file.getParent();
        boolean dirWritable = dir == null || Files.isWritable(dir);
        return url(file, readOnly && !dirWritable && !Files.exists(sibling(file, "-wal")));
    }

    /** The URL of {@code file}, immutable (nothing ever written beside it) or as usual. */
    static String url(Path file, boolean immutable) {
        if (immutable) {
            return "jdbc:sqlite:" + file.toUri().toASCIIString() + "?immutable=1";
        }
        return "jdbc:sqlite:" + file;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static long sizeOf(Path file) throws LedgerFileException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LedgerFileException(file, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    private static void closeQuietly(WriterLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    private static void checkHeader(Path file) throws LedgerFileException {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new LedgerFileException(file, LedgerFileException.Reason.NOT_SQLITE, null, null);
            }
        } catch (IOException e) {
            throw new LedgerFileException(file, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the open failed already; that failure is the one reported
        }
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** True when another program holds the ledger for writing: every write is refused. */
    boolean readOnly() {
        return lock == null;
    }

    /** True when this user may not write the file or its folder: it was opened read-only. */
    boolean writeProtected() {
        return writeProtected;
    }

    /** Copies the whole database into a new file with SQLite's {@code VACUUM INTO}, consistent while in use. */
    synchronized void copyTo(Path target) {
        if (depth > 0) {
            throw new IllegalStateException("a backup cannot be made inside a transaction");
        }
        try {
            Backups.vacuumInto(connection, target);
        } catch (SQLException e) {
            throw new StoreException(Messages.TEXTS.text("backup.failed", e.getMessage()), e);
        }
    }

    int schemaVersion() {
        try (Statement st = connection.createStatement()) {
            return intOf(st, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new StoreException(Messages.TEXTS.text("file.versionUnreadable"), e);
        }
    }

    /** Opens a read transaction on the connection (see {@link ReadTransaction}). */
    synchronized void beginRead() {
        if (depth > 0 || reading) {
            throw new IllegalStateException("a read transaction cannot start inside another transaction");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN DEFERRED");
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        reading = true;
    }

    /** Ends the read transaction opened by {@link #beginRead()}. */
    synchronized void endRead() {
        reading = false;
        try (Statement st = connection.createStatement()) {
            st.execute("COMMIT");
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Work that runs inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Nested calls join the outer transaction.
     */
    synchronized <T> T inTransaction(Work<T> work) {
        if (readOnly()) {
            throw new ReadOnlyLedgerException(file);
        }
        if (reading) {
            throw new IllegalStateException("no write while a read transaction is open");
        }
        if (depth > 0) {
            if (bulk != null) {
                bulk.beforeStoreWrite();
            }
            depth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                damagedIf(e);
                throw new StoreException(e.getMessage(), e);
            } finally {
                depth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        depth = 1;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException re) {
                e.addSuppressed(re);
            }
            for (Runnable r : onRollback) {
                r.run();
            }
            damagedIf(e);
            if (e instanceof SQLException se) {
                throw new StoreException(se.getMessage(), se);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) e;
        } finally {
            depth = 0;
            onRollback.clear();
            if (checkpointLater) {
                checkpointLater = false;
                autoCheckpoint(true);
                checkpointer.soon();
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
            if (feed != null) {
                feed.publish();
            }
        }
    }

    /**
     * Runs a large write in one transaction like {@link #inTransaction}, with a rollback journal
     * instead of the write-ahead log when no other connection has the file open: the new pages are
     * then written once instead of into the log and again into the file, which halves the commit of
     * an import of 100,000 measures. The transaction is as durable as in the log ({@code
     * synchronous = FULL} while it runs). With another connection open the write stays in the log.
     * The file is in WAL mode again afterwards.
     */
    /** Makes {@code writer} the writer of the bulk transaction under way (null: it ended); see {@link BulkWriter}. */
    synchronized void bulkWriter(BulkWriter writer) {
        bulk = writer;
    }

    synchronized <T> T inBulkTransaction(Work<T> work) {
        if (depth > 0 || readOnly()) {
            return inTransaction(work);
        }
        boolean journal = leaveWal();
        feed.suspend();
        try {
            return inTransaction(work);
        } finally {
            feed.resume();
            if (journal) {
                backToWal();
            }
        }
    }

    private boolean leaveWal() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            String mode;
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                mode = rs.next() ? rs.getString(1) : "";
            } catch (SQLException busy) {
                mode = "wal";
            } finally {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
            if (!"delete".equalsIgnoreCase(mode)) {
                return false;
            }
            st.execute("PRAGMA synchronous = FULL");
            return true;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private void backToWal() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
        } catch (SQLException e) {
            // the write is committed; the next open sets WAL mode again
            LoggerFactory.getLogger(Database.class).warn("{}: WAL mode not restored after a bulk write", file, e);
        }
    }

    /** The rows this connection's deletes keep for their undo. */
    HeldRows held() {
        return held;
    }

    /** Runs {@code r} if the transaction under way is rolled back (before its changes are reported). */
    synchronized void onRollback(Runnable r) {
        if (depth == 0) {
            throw new IllegalStateException("no transaction");
        }
        onRollback.add(r);
    }

    /**
     * The transaction under way changes too many rows to follow one by one: the search indexes are
     * told that everything changed once it ends, and SQLite stops reporting its rows until then.
     */
    synchronized void followNoRowsOfThisTransaction() {
        if (feed != null && depth > 0) {
            feed.skipTransaction();
        }
    }

    /**
     * The transaction under way writes so much that its commit should not wait for the log to be
     * copied into the file: that is done on another thread once it has committed ({@link
     * WalCheckpointer}).
     */
    synchronized void checkpointAfterThisTransaction() {
        if (checkpointer != null && depth > 0 && !checkpointLater && bulk == null) {
            checkpointLater = autoCheckpoint(false);
        }
    }

    /** Turns the writer's own checkpoint at commit on or off; false when it could not be changed. */
    private boolean autoCheckpoint(boolean on) {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + (on ? 1000 : 0));
            return true;
        } catch (SQLException e) {
            LoggerFactory.getLogger(Database.class).warn("{}: automatic checkpoints not changed", file, e);
            return false;
        }
    }

    /** Runs a read; reads need no transaction of their own. */
    synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            damagedIf(e);
            throw new StoreException(e.getMessage(), e);
        } finally {
            if (feed != null && depth == 0) {
                feed.publish();
            }
        }
    }

    /**
     * Runs {@code work} on a second read-only connection, on a thread of its own, beside the reads of
     * this one: a long read split in two uses both cores. Inside a transaction of this connection
     * (whose changes or snapshot the second one would not see) it runs here, at once. The second connection sees
     * the file as committed when it starts, as a separate read of this connection would.
     */
    <T> java.util.concurrent.CompletableFuture<T> readAlongside(String name, Work<T> work) {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        synchronized (this) {
            if (depth > 0 || reading) {
                try {
                    result.complete(work.run(connection));
                } catch (SQLException | RuntimeException e) {
                    result.completeExceptionally(failure(e));
                }
                return result;
            }
        }
        Thread t = new Thread(() -> {
            try (Connection c = secondReader(); Statement st = c.createStatement()) {
                // a read alongside is one pass: SQLite's small default cache, the sorts in memory
                st.execute("PRAGMA temp_store = MEMORY");
                result.complete(work.run(c));
            } catch (SQLException | RuntimeException e) {
                result.completeExceptionally(failure(e));
            } catch (Throwable e) {
                // an error too ends the read, or the reader waiting for it would wait for ever
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** A read's failure as the store reports it, noting a corruption. */
    private RuntimeException failure(Exception e) {
        damagedIf(e);
        return e instanceof RuntimeException r ? r : new StoreException(e.getMessage(), e);
    }

    /** A second read-only connection to the file, of the caller's to close (a background build of the search index). */
    Connection secondReader() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(true);
        return DriverManager.getConnection(connectionUrl(file, true), config.toProperties());
    }

    /** The search of this connection's ledger (used under this object's lock, through {@link #read}). */
    LedgerSearch search() {
        return search;
    }

    /** A corruption met while in use: the file is no longer known to be intact (the next open checks it in full). */
    private void damagedIf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se && Integrity.isCorruption(se)) {
                intact = false;
                if (readOnly()) {
                    // a writer drops its mark on closing; a reader drops it now, and no writer of this
                    // process notes the file again until it has passed a check
                    CheckedMark.damaged(file);
                }
            }
        }
    }

    synchronized boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public synchronized void close() {
        search.close();
        if (feed != null) {
            feed.close();
        }
        if (checkpointer != null) {
            checkpointer.close();
        }
        try {
            if (!connection.isClosed() && !readOnly()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // a failed checkpoint leaves the WAL file, which SQLite replays on the next open
                }
            }
            boolean open = !connection.isClosed();
            if (open) {
                connection.close();
            }
            if (!readOnly()) {
                if (open && intact) {
                    CheckedMark.record(file, java.time.LocalDate.now());
                } else {
                    CheckedMark.forget(file);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            closeQuietly(lock);
        }
    }
}
