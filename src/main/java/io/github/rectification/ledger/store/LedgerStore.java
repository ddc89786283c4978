package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One open ledger file: opening it (read-only when another program writes it), its backups, a copy
 * saved elsewhere, its schema, and the repositories its records are read and written through
 * ({@link #inspections()}, {@link #settings()}, {@link #evidence()} …), with {@link #unitOfWork()} for
 * several writes as one. Every write runs in its own transaction and is on disk when the call
 * returns; there is no separate save.
 */
public final class LedgerStore implements AutoCloseable {
    private final Database db;
    /** The integrity check run alongside the reads of {@link #openReadOnlyCheckedAlongside}; else done. */
    private volatile java.util.concurrent.CompletableFuture<Void> integrity =
            java.util.concurrent.CompletableFuture.completedFuture(null);
    private volatile String author = defaultAuthor();

    private final EvidenceRepository evidence;
    private final CloseOutRepository closeOut;
    private final FollowUpRepository followUp;
    private final DirectoryRepository directory;
    private final SettingsRepository settings;
    private final InspectionRepository inspections;
    private final SqliteUnitOfWork unitOfWork;
    private final HistoryRepository history;
    private final RegisterRepository registers;

    private LedgerStore(Database db) {
        this.db = db;
        this.settings = new SqliteSettings(db);
        this.unitOfWork = new SqliteUnitOfWork(db, this);
        this.inspections = new SqliteInspections(db, this);
        this.evidence = new SqliteEvidence(db, this);
        this.closeOut = new SqliteCloseOut(db, this);
        this.followUp = new SqliteFollowUp(db, this);
        this.directory = new SqliteDirectory(db, this);
        this.history = new SqliteHistory(db);
        this.registers = new SqliteRegisters(db, this);
    }

    /**
     * Opens a ledger file for writing, creating it when missing and migrating an older one (after a
     * backup). When another program holds the ledger, the store opens read-only ({@link #readOnly()})
     * and refuses writes. The first open of a day makes the daily backup. A damaged file is refused
     * ({@link LedgerFileException.Reason#DAMAGED}) and nothing is written to it.
     */
    public static LedgerStore open(Path file) throws LedgerFileException {
        LedgerStore store = new LedgerStore(Database.open(file, true));
        try {
            Backups.forLedger(store.file()).dailyIfDue(store, LocalDate.now());
        } catch (StoreException e) {
            org.slf4j.LoggerFactory.getLogger(LedgerStore.class).warn("daily backup of {} failed", store.file(), e);
        }
        return store;
    }

    /**
     * Removes a ledger file, with the files SQLite and this program keep beside it, when no table of
     * it holds a row but its settings: for a file a refused import has just made. A file with
     * anything in it, or one another program has open, is left as it is; false then.
     */
    public static boolean removeIfEmpty(Path file) {
        Path abs = file.toAbsolutePath();
        try (LedgerStore store = open(abs)) {
            if (store.readOnly() || !store.database().read(LedgerStore::holdsNothing)) {
                return false;
            }
        } catch (LedgerFileException | RuntimeException e) {
            return false;
        }
        try {
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                java.nio.file.Files.deleteIfExists(abs.resolveSibling(abs.getFileName() + suffix));
            }
            java.nio.file.Files.deleteIfExists(CheckedMark.markOf(abs));
            java.nio.file.Files.deleteIfExists(WriterLock.lockFileOf(abs));
            java.nio.file.Files.deleteIfExists(abs);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** True when no table holds a row, the ledger's settings (its own id) aside. */
    private static boolean holdsNothing(java.sql.Connection c) throws java.sql.SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'ledger_setting'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            try (java.sql.Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM \"" + t.replace("\"", "\"\"")
                            + "\")")) {
                if (rs.next() && rs.getInt(1) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Opens for writing like {@link #open} but without the daily backup (right after a restore). */
    static LedgerStore openWithoutDailyBackup(Path file) throws LedgerFileException {
        return new LedgerStore(Database.open(file, true));
    }

    /** Opens an existing ledger file for reading only; every write throws {@link ReadOnlyLedgerException}. */
    public static LedgerStore openReadOnly(Path file) throws LedgerFileException {
        return new LedgerStore(Database.open(file, false));
    }

    /**
     * Opens an existing ledger for reading only, without the integrity check that reads the whole
     * file: for one long read such as an export of a large ledger, where a damaged page fails the
     * read that meets it instead.
     */
    public static LedgerStore openReadOnlyUnchecked(Path file) throws LedgerFileException {
        return new LedgerStore(Database.open(file, false, false));
    }

    /**
     * Opens an existing ledger for reading only, as {@link #openReadOnly} does, but runs its integrity
     * check on a connection of its own alongside the reads instead of before them, so that a command
     * that counts a large ledger counts while the file is checked. Nothing read may be shown before
     * {@link #verified()} returned.
     */
    public static LedgerStore openReadOnlyCheckedAlongside(Path file) throws LedgerFileException {
        LedgerStore store = openReadOnlyUnchecked(file);
        java.util.concurrent.CompletableFuture<Void> check = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (Database checked = Database.open(file, false, true)) {
                check.complete(null);
            } catch (LedgerFileException | RuntimeException e) {
                check.completeExceptionally(e);
            }
        }, "integrity-check");
        t.setDaemon(true);
        store.integrity = check;
        t.start();
        return store;
    }

    /**
     * Waits for the integrity check of {@link #openReadOnlyCheckedAlongside} (returns at once for a
     * store opened otherwise, whose check ran on opening).
     *
     * @throws LedgerFileException {@link LedgerFileException.Reason#DAMAGED} when the file failed it
     */
    public void verified() throws LedgerFileException {
        Joined.join(integrity, LedgerFileException.class);
    }

    public Path file() {
        return db.file();
    }

    /** True once closed (by {@link #close()} or by a restore that put a backup in its place). */
    public boolean isClosed() {
        return db.isClosed();
    }

    /** True when writes are refused: opened read-only, or another program holds the ledger for writing. */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** True when the file or its folder may not be written by this user (so it was opened read-only). */
    public boolean writeProtected() {
        return db.writeProtected();
    }

    /** Backs up the ledger now (e.g. {@link BackupKind#IMPORT} before an import) into its backups folder. */
    public Backup backup(BackupKind kind) {
        return Backups.forLedger(file()).make(this, kind);
    }

    Database database() {
        return db;
    }

    public int schemaVersion() {
        return db.schemaVersion();
    }

    public static int supportedSchemaVersion() {
        return Migrations.latest();
    }

    /** The before-images of the imports of returned workbooks, kept in this ledger. */
    public BeforeImages beforeImages() {
        return new BeforeImages(db, this);
    }

    /** The batches this ledger sent out, their bases and open conflicts. */
    public Distributions distributions() {
        return new Distributions(db, this);
    }

    // ---------------------------------------------------------------- writes

    /** A write that records its changes in the history. */
    @FunctionalInterface
    interface Logged<T> {
        T run(Connection c, ChangeLog log) throws SQLException;
    }

    /** The one transaction boundary of this ledger: several writes as one, with their change source. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The inspections of this ledger with their problems and measures: the ledger proper. */
    public InspectionRepository inspections() {
        return inspections;
    }

    /** The settings this ledger keeps about itself (counting rule, warning bands, backups kept …). */
    public SettingsRepository settings() {
        return settings;
    }

    /** The directory of departments (机构名录). */
    public DirectoryRepository directory() {
        return directory;
    }

    /** The follow-up rounds (回头看) of this ledger's inspections. */
    public FollowUpRepository followUp() {
        return followUp;
    }

    /** The close-out (销号) of this ledger's measures. */
    public CloseOutRepository closeOut() {
        return closeOut;
    }

    /** The evidence (佐证材料) of this ledger. */
    /** The change history and the records' stable ids, by record kind. */
    public HistoryRepository history() {
        return history;
    }

    /** The registers (问责情况, 建章立制). */
    public RegisterRepository registers() {
        return registers;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    private final ThreadLocal<Progress> progress = ThreadLocal.withInitial(() -> Progress.NONE);

    /**
     * Runs {@code work} on this thread with {@code to} hearing how far its large writes are (a delete
     * of an inspection or a problem, and its restore, report after each chunk of rows).
     */
    public <T> T reportingProgress(Progress to, java.util.function.Supplier<T> work) {
        Progress previous = progress.get();
        progress.set(to);
        try {
            return work.get();
        } finally {
            progress.set(previous);
        }
    }

    /**
     * Where a large write running on this thread reports how far it is: the one given to {@link
     * #reportingProgress}, or {@link Progress#NONE}.
     */
    public Progress progress() {
        return progress.get();
    }

    /** Runs a write with its history rows in one transaction: for the repositories of this package. */
    <T> T logged(Logged<T> work) {
        return write(work);
    }

    private <T> T write(Logged<T> work) {
        return db.inTransaction(c -> {
            try (ChangeLog log = changeLog(c)) {
                T result = work.run(c, log);
                log.flush();
                return result;
            }
        });
    }

    ChangeLog changeLog(Connection c) {
        return new ChangeLog(c, author, unitOfWork.source());
    }

    // ---------------------------------------------------------------- change history

    /** The name history rows record as the one who made a change; by default the operating-system user. */
    public void setAuthor(String name) {
        author = name == null || name.isBlank() ? defaultAuthor() : name.strip();
    }

    public String author() {
        return author;
    }

    private static String defaultAuthor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "?" : user;
    }

    /**
     * Writes a consistent copy of this ledger to {@code target} (replacing that file), while the
     * ledger stays open; the copy is a ledger of its own with the same records and stable ids.
     */
    public void saveCopy(Path target) {
        LedgerCopy.copy(db, target);
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            // the check's own connection is closed before the file is let go
            integrity.exceptionally(e -> null).join();
        }
    }
}
