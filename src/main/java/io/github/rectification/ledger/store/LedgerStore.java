package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One open ledger file: opening it (read-only when another program writes it), its backups, a copy
 * saved elsewhere, its schema, and the repositories its records are read and written through
 * ({@link #inspections()}, {@link #settings()}, {@link #evidence()} …), with {@link #unitOfWork()} for
 * several writes as one. Every write runs in its own transaction and is on disk when the call
 * returns; there is no separate save.
 */
public final class LedgerStore implements AutoCloseable {
    private final Database db;
    private volatile String author = defaultAuthor();

    private final EvidenceRepository evidence;
    private final CloseOutRepository closeOut;
    private final FollowUpRepository followUp;
    private final DirectoryRepository directory;
    private final SettingsRepository settings;
    private final InspectionRepository inspections;
    private final SqliteUnitOfWork unitOfWork;

    private LedgerStore(Database db) {
        this.db = db;
        this.settings = new SqliteSettings(db);
        this.unitOfWork = new SqliteUnitOfWork(db, this);
        this.inspections = new SqliteInspections(db, this);
        this.evidence = new SqliteEvidence(db, this);
        this.closeOut = new SqliteCloseOut(db, this);
        this.followUp = new SqliteFollowUp(db, this);
        this.directory = new SqliteDirectory(db, this);
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

    /** The batches this ledger sent out, their bases and open conflicts. */
    public Distributions distributions() {
        return new Distributions(db, this);
    }

    // ---------------------------------------------------------------- reads

    public List<AccountabilityRecord> accountability() {
        return db.read(RegisterTables::accountability);
    }

    public List<InstitutionRecord> institutions() {
        return db.read(RegisterTables::institutions);
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
    public EvidenceRepository evidence() {
        return evidence;
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

    private <T> T added(ChangeLog log, Connection c, String table, T record, long id) throws SQLException {
        log.added(Row.require(c, table, id));
        return record;
    }

    private interface Update {
        void run() throws SQLException;
    }

    private static Void updated(ChangeLog log, Connection c, String table, long id, ChangeAction action, Update u)
            throws SQLException {
        Row before = Row.require(c, table, id);
        u.run();
        log.changed(action, before, Row.require(c, table, id));
        return null;
    }

    public AccountabilityRecord add(AccountabilityRecord a) {
        return write((c, log) -> {
            AccountabilityRecord r = RegisterTables.insert(c, a, null);
            return added(log, c, "accountability", r, r.id());
        });
    }

    public void update(AccountabilityRecord a) {
        write((c, log) -> updated(log, c, "accountability", a.id(), ChangeAction.UPDATE,
                () -> RegisterTables.update(c, a)));
    }

    public void deleteAccountability(long id) {
        write((c, log) -> deleteLogged(c, log, "accountability", id));
    }

    /** Puts back a deleted accountability record with its id and stable id (undo of a delete). */
    public void restore(AccountabilityRecord a, String uid) {
        write((c, log) -> {
            RegisterTables.insert(c, a, Objects.requireNonNull(uid, "uid"));
            log.restored(Row.require(c, "accountability", a.id()));
            return null;
        });
    }

    public InstitutionRecord add(InstitutionRecord r) {
        return write((c, log) -> {
            InstitutionRecord out = RegisterTables.insert(c, r, null);
            return added(log, c, "institution", out, out.id());
        });
    }

    public void update(InstitutionRecord r) {
        write((c, log) -> updated(log, c, "institution", r.id(), ChangeAction.UPDATE,
                () -> RegisterTables.update(c, r)));
    }

    public void deleteInstitution(long id) {
        write((c, log) -> deleteLogged(c, log, "institution", id));
    }

    /** Puts back a deleted institution record with its id and stable id (undo of a delete). */
    public void restore(InstitutionRecord r, String uid) {
        write((c, log) -> {
            RegisterTables.insert(c, r, Objects.requireNonNull(uid, "uid"));
            log.restored(Row.require(c, "institution", r.id()));
            return null;
        });
    }

    private static Void deleteLogged(Connection c, ChangeLog log, String table, long id) throws SQLException {
        Optional<Row> before = Row.read(c, table, id);
        if (before.isPresent()) {
            log.removed(before.get());
        }
        return deleteRow(c, table, id);
    }

    private static Void deleteRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return null;
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

    /** The history of one record (table inspection, problem, measure, accountability or institution), oldest first. */
    public List<HistoryEntry> history(String table, long id) {
        checkTable(table);
        return db.read(c -> {
            Optional<Row> row = Row.read(c, table, id);
            return row.isPresent() ? HistoryTable.ofRecord(c, table, row.get().uid()) : List.<HistoryEntry>of();
        });
    }

    /** The history of a record by its stable id; works for a deleted record too. */
    public List<HistoryEntry> historyOfUid(String table, String uid) {
        checkTable(table);
        return db.read(c -> HistoryTable.ofRecord(c, table, uid));
    }

    /** Every change to an inspection, its problems, measures and linked register records, oldest first. */
    public List<HistoryEntry> historyOfInspection(long inspectionId) {
        return db.read(c -> HistoryTable.ofInspection(c, inspectionId));
    }

    /** When each record of a table (inspection, problem or measure) last changed, by record id, from its history. */
    public Map<Long, java.time.Instant> lastChanged(String table) {
        checkTable(table);
        return db.read(c -> {
            Map<Long, java.time.Instant> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, (SELECT max(h.at) FROM history h"
                    + " WHERE h.table_name = ? AND h.record_uid = t.uid) FROM " + table + " t")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String at = rs.getString(2);
                        if (at != null) {
                            out.put(rs.getLong(1), java.time.Instant.parse(at));
                        }
                    }
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- stable ids and settings

    /** The stable id (uid) that travels with a record through exports: table is inspection, problem or measure. */
    public String uidOf(String table, long id) {
        return db.read(c -> uid(c, table, id));
    }

    /** The record id of a stable id, when this ledger holds it. */
    public Optional<Long> idOfUid(String table, String uid) {
        checkTable(table);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE uid = ?")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Every stable id of a table, by record id. */
    public Map<Long, String> uids(String table) {
        checkTable(table);
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, uid FROM " + table)) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static String uid(Connection c, String table, long id) throws SQLException {
        checkTable(table);
        try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no " + table + " " + id);
                }
                return rs.getString(1);
            }
        }
    }

    private static void checkTable(String table) {
        if (!List.of("inspection", "problem", "measure", "accountability", "institution").contains(table)) {
            throw new IllegalArgumentException("no such table: " + table);
        }
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
        db.close();
    }
}
