package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.LabelStyle;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKey;
import io.github.rectification.ledger.domain.RecordKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One ledger file. Every write runs in its own transaction and is on disk when the call returns;
 * there is no separate save.
 */
public final class LedgerStore implements AutoCloseable {
    private final Database db;
    private final ThreadLocal<ChangeSource> source = ThreadLocal.withInitial(() -> ChangeSource.EDIT);
    private volatile String author = defaultAuthor();

    private final EvidenceRepository evidence;
    private final CloseOutRepository closeOut;
    private final FollowUpRepository followUp;
    private final DirectoryRepository directory;
    private final HistoryRepository history;
    private final RegisterRepository registers;

    private LedgerStore(Database db) {
        this.db = db;
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

    /**
     * Runs several writes as one transaction: all of them land, or none. The writes' history rows
     * carry the current {@link ChangeSource} (see {@link #withSource}).
     */
    /** The batches this ledger sent out, their bases and open conflicts. */
    public Distributions distributions() {
        return new Distributions(db, this);
    }

    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    /**
     * Runs a large write (an import, a generated ledger) as one transaction through a
     * {@link BulkWriter}: everything lands, or nothing when {@code work} throws. Inside it, a write
     * through this store must follow {@link BulkWriter#flush} (see the writer's contract).
     */
    public <T> T bulk(ChangeSource from, java.util.function.Function<BulkWriter, T> work) {
        return fromSource(from, () -> bulk(work));
    }

    /** Like {@link #bulk(ChangeSource, java.util.function.Function)} with the current change source. */
    public <T> T bulk(java.util.function.Function<BulkWriter, T> work) {
        return db.inBulkTransaction(c -> {
            BulkWriter writer = new BulkWriter(c, changeLog(c));
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

    // ---------------------------------------------------------------- reads

    public List<Inspection> inspections() {
        return db.read(InspectionTable::all);
    }

    /** The workbook sheet each inspection was imported from, by inspection id (those imported only). */
    public Map<Long, String> sourceSheets() {
        return db.read(InspectionTable::sourceSheets);
    }

    public Optional<Inspection> inspection(long id) {
        return db.read(c -> InspectionTable.get(c, id));
    }

    /** Top-level problems of an inspection ({@code parentId} null) or sub-problems of a problem. */
    public List<Problem> problems(long inspectionId, Long parentId) {
        return db.read(c -> ProblemTable.children(c, inspectionId, parentId));
    }

    /** Every problem of an inspection in display order: each parent followed by its sub-problems. */
    public List<Problem> problemsInOrder(long inspectionId) {
        return db.read(c -> {
            List<Problem> out = new ArrayList<>();
            addProblems(c, inspectionId, null, out);
            return out;
        });
    }

    public Optional<Problem> problem(long id) {
        return db.read(c -> ProblemTable.get(c, id));
    }

    public List<Measure> measures(long problemId) {
        return db.read(c -> MeasureTable.ofProblem(c, problemId));
    }

    /**
     * Streams the measures of the given problems, problem after problem in the order given, each
     * problem's measures in display order, with their stable ids; for exports of large ledgers.
     */
    public void forEachMeasure(Iterable<Long> problemIds, MeasureVisitor visitor) {
        db.read(c -> {
            MeasureStream.forEach(c, problemIds, visitor);
            return null;
        });
    }

    /**
     * Starts a read transaction that lasts until the result is closed: the reads in between, from
     * any thread, all see the ledger as it was at the first of them. Writes through this store are
     * refused until it is closed.
     */
    public ReadTransaction readTransaction() {
        return new ReadTransaction(db);
    }

    /** How many measures each problem of an inspection has (problems without measures left out). */
    public Map<Long, Integer> measureCounts(long inspectionId) {
        return db.read(c -> MeasureValues.counts(c, inspectionId));
    }

    /**
     * The distinct values of the short fields of an inspection's measures: what a writer needs to
     * size its columns before it streams the measures (see {@link #forEachMeasure}).
     */
    public MeasureValues measureValues(long inspectionId) {
        return db.read(c -> MeasureValues.of(c, inspectionId));
    }

    public Optional<Measure> measure(long id) {
        return db.read(c -> MeasureTable.get(c, id));
    }

    /** The whole ledger, each list in display order (problems: parents before their sub-problems). */
    public Ledger snapshot() {
        return snapshot(false);
    }

    /**
     * The ledger as {@link #snapshot()} gives it, but each measure with only the fields that figures,
     * breakdowns and deadline warnings are counted from (its texts, person and supporting
     * departments empty): what {@code stats} and the status bar need, read in a fraction of the time
     * and memory.
     */
    public Ledger countableSnapshot() {
        return snapshot(true);
    }

    /** The whole records of the measures with these ids (those that exist), by id. */
    public Map<Long, Measure> measures(java.util.Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        return db.read(c -> {
            Map<Long, Measure> out = new HashMap<>();
            for (int from = 0; from < all.size(); from += 500) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                for (Measure m : MeasureTable.list(c, "WHERE m.id IN (" + marks + ")", chunk.toArray())) {
                    out.put(m.id(), m);
                }
            }
            return out;
        });
    }

    private Ledger snapshot(boolean countableOnly) {
        return db.read(c -> {
            List<Inspection> inspections = InspectionTable.all(c);
            List<Problem> problems = new ArrayList<>();
            for (Inspection i : inspections) {
                addProblems(c, i.id(), null, problems);
            }
            String order = "ORDER BY m.problem_id, m.sort_order, m.id";
            List<Measure> all = countableOnly ? MeasureTable.countable(c, order) : MeasureTable.list(c, order);
            Map<Long, List<Measure>> byProblem = new HashMap<>();
            for (Measure m : all) {
                byProblem.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m);
            }
            List<Measure> measures = new ArrayList<>(all.size());
            for (Problem p : problems) {
                measures.addAll(byProblem.getOrDefault(p.id(), List.of()));
            }
            return new Ledger(inspections, problems, measures, RegisterTables.accountability(c),
                    RegisterTables.institutions(c), struckOff(c));
        });
    }

    /**
     * The ids of the measures whose close-out is 已销号, in the same read as the snapshot: what the
     * counting rule's 销号 part counts from. A close-out whose measure was deleted names no id.
     */
    static Set<Long> struckOff(Connection c) throws SQLException {
        if (!Tables.exists(c, "closeout")) {
            return Set.of();
        }
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id FROM closeout o JOIN measure m"
                + " ON m.uid = o.measure_uid WHERE o.state = ?")) {
            ps.setString(1, CloseOutState.CLOSED.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Appends the problems under {@code parentId} (null: the inspection's top level) in display order,
     * each followed by its sub-problems; one query for the whole inspection.
     */
    private static void addProblems(Connection c, long inspectionId, Long parentId, List<Problem> out)
            throws SQLException {
        Map<Long, List<Problem>> children = new HashMap<>();
        for (Problem p : ProblemTable.list(c, "WHERE p.inspection_id = ?", inspectionId)) {
            children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
        }
        addChildren(children, parentId, out);
    }

    private static void addChildren(Map<Long, List<Problem>> children, Long parentId, List<Problem> out) {
        for (Problem p : children.getOrDefault(parentId, List.of())) {
            out.add(p);
            addChildren(children, p.id(), out);
        }
    }

    public boolean isEmpty() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM inspection")) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        });
    }

    /** Figures of every inspection, for the tree. */
    public Map<Long, NodeCounts> inspectionCounts(LocalDate today) {
        return db.read(c -> counts(c, "p.inspection_id", "", today));
    }

    /** Figures of every problem of an inspection (a problem's own measures and its sub-problems'). */
    public Map<Long, NodeCounts> problemCounts(long inspectionId, LocalDate today) {
        return db.read(c -> {
            Map<Long, NodeCounts> own = counts(c, "m.problem_id", " AND p.inspection_id = " + inspectionId, today);
            Map<Long, NodeCounts> out = new HashMap<>(own);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, parent_id FROM problem WHERE inspection_id = ? AND parent_id IS NOT NULL")) {
                ps.setLong(1, inspectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        NodeCounts child = own.getOrDefault(rs.getLong(1), NodeCounts.ZERO);
                        out.merge(rs.getLong(2), child, (a, b) -> new NodeCounts(a.problems(),
                                a.measures() + b.measures(), a.finished() + b.finished(), a.overdue() + b.overdue()));
                    }
                }
            }
            return out;
        });
    }

    private static Map<Long, NodeCounts> counts(Connection c, String groupBy, String and, LocalDate today)
            throws SQLException {
        Map<Long, NodeCounts> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + groupBy + ", count(DISTINCT m.problem_id),"
                + " count(*), sum(m.status IN ('done', 'long_term')),"
                + " sum(m.status IN ('in_progress', 'not_started') AND m.deadline_date < ?)"
                + " FROM measure m JOIN problem p ON p.id = m.problem_id WHERE 1 = 1" + and
                + " GROUP BY " + groupBy)) {
            ps.setString(1, today.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new NodeCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }

    /** Lead departments with their number of measures, most measures first. */
    public Map<String, Integer> departments() {
        return db.read(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT department, count(*) n FROM measure GROUP BY department ORDER BY n DESC, department")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** A field whose values the forms offer as suggestions. */
    public enum NamedField {
        CATEGORY("problem", "category"),
        LEADER("measure", "leader"),
        DEPARTMENT("measure", "department"),
        PERSON("measure", "person");

        private final String table;
        private final String column;

        NamedField(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** The values the ledger holds in a field, blank ones left out, the most used first. */
    public List<String> usedValues(NamedField field) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT " + field.column + ", count(*) n FROM " + field.table + " WHERE trim(" + field.column
                            + ") <> '' GROUP BY " + field.column + " ORDER BY n DESC, " + field.column)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Measures of one lead department, in ledger order. */
    public List<Measure> measuresOfDepartment(String department) {
        return db.read(c -> MeasureTable.list(c, "JOIN problem p ON p.id = m.problem_id WHERE m.department = ?"
                + " ORDER BY p.inspection_id, p.sort_order, m.sort_order, m.id", department));
    }

    /** The measures, problems and inspections a filter keeps. */
    public FilterHits find(MeasureFilter filter) {
        return db.read(c -> LedgerSearch.find(c, filter));
    }

    // ---------------------------------------------------------------- writes

    /** A write that records its changes in the history. */
    @FunctionalInterface
    interface Logged<T> {
        T run(Connection c, ChangeLog log) throws SQLException;
    }

    /** Runs a write in one transaction together with its history rows. */
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

    /** The history of this ledger's records and their stable ids. */
    public HistoryRepository history() {
        return history;
    }

    /** The accountability (问责) and institutions (建章立制) registers of this ledger. */
    public RegisterRepository registers() {
        return registers;
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
        return new ChangeLog(c, author, source.get());
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

    public Inspection add(Inspection i) {
        return write((c, log) -> {
            Inspection r = InspectionTable.insert(c, i, null);
            return added(log, c, "inspection", r, r.id());
        });
    }

    public void update(Inspection i) {
        write((c, log) -> updated(log, c, "inspection", i.id(), ChangeAction.UPDATE, () -> InspectionTable.update(c, i)));
    }

    /** Appends a problem (or sub-problem) at the end of its siblings unless it carries an order. */
    public Problem add(Problem p) {
        return write((c, log) -> {
            Problem r = ProblemTable.insert(c, p, null);
            return added(log, c, "problem", r, r.id());
        });
    }

    public void update(Problem p) {
        write((c, log) -> updated(log, c, "problem", p.id(), ChangeAction.UPDATE, () -> ProblemTable.update(c, p)));
    }

    /** Appends a measure at the end of its problem unless it carries an order. */
    public Measure add(Measure m) {
        return write((c, log) -> {
            Measure r = MeasureTable.insert(c, m, null);
            return added(log, c, "measure", r, r.id());
        });
    }

    public void update(Measure m) {
        write((c, log) -> updated(log, c, "measure", m.id(), ChangeAction.UPDATE, () -> MeasureTable.update(c, m)));
    }

    private static Void deleteRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return null;
    }

    /** Deletes an inspection with all its problems and measures; the result restores it. */
    public Removed removeInspection(long id) {
        return write((c, log) -> {
            Inspection i = InspectionTable.get(c, id).orElseThrow(() -> new SQLException("no inspection " + id));
            List<Problem> problems = new ArrayList<>();
            addProblems(c, id, null, problems);
            Removed r = capture(c, i, problems);
            removeLogged(c, log, r, "inspection", id);
            return r;
        });
    }

    /** Deletes a problem with its sub-problems and measures; the result restores it. */
    public Removed removeProblem(long id) {
        return write((c, log) -> {
            Problem p = ProblemTable.get(c, id).orElseThrow(() -> new SQLException("no problem " + id));
            List<Problem> problems = new ArrayList<>();
            problems.add(p);
            addProblems(c, p.inspectionId(), p.id(), problems);
            Removed r = capture(c, null, problems);
            removeLogged(c, log, r, "problem", id);
            return r;
        });
    }

    /** Deletes one measure; the result restores it. */
    public Removed removeMeasure(long id) {
        return write((c, log) -> {
            Measure m = MeasureTable.get(c, id).orElseThrow(() -> new SQLException("no measure " + id));
            Map<RecordKey, String> uids = new HashMap<>();
            uids.put(RecordKey.of(m), SqliteHistory.uid(c, RecordKind.MEASURE, id));
            List<InstitutionRecord> inst = new ArrayList<>();
            for (InstitutionRecord r : RegisterTables.institutions(c)) {
                if (r.measureId() != null && r.measureId() == id) {
                    inst.add(r);
                }
            }
            Removed r = new Removed(null, List.of(), List.of(m), uids, List.of(), inst);
            removeLogged(c, log, r, "measure", id);
            return r;
        });
    }

    /** Records the removal of every record a delete takes and the register links it clears, then deletes. */
    private static void removeLogged(Connection c, ChangeLog log, Removed r, String table, long id)
            throws SQLException {
        if (r.inspection() != null) {
            log.removed(Row.require(c, "inspection", r.inspection().id()));
        }
        DeferredHistory problems = new DeferredHistory(log, "problem", ChangeAction.REMOVE);
        r.problems().forEach(p -> problems.note(p.id()));
        problems.catchUp();
        DeferredHistory measures = new DeferredHistory(log, "measure", ChangeAction.REMOVE);
        r.measures().forEach(m -> measures.note(m.id()));
        measures.catchUp();
        List<Row> linked = new ArrayList<>();
        for (AccountabilityRecord a : r.relinkedAccountability()) {
            linked.add(Row.require(c, "accountability", a.id()));
        }
        for (InstitutionRecord ir : r.relinkedInstitutions()) {
            linked.add(Row.require(c, "institution", ir.id()));
        }
        if (RebuiltIndex.pays(c, r.measures().size())) {
            RebuiltIndex.around(c, () -> deleteRow(c, table, id));
        } else {
            deleteRow(c, table, id);
        }
        for (Row before : linked) {
            log.changed(ChangeAction.UPDATE, before, Row.require(c, before.table(), before.id()));
        }
    }

    private static Removed capture(Connection c, Inspection i, List<Problem> problems) throws SQLException {
        Map<RecordKey, String> uids = new HashMap<>();
        if (i != null) {
            uids.put(RecordKey.of(i), SqliteHistory.uid(c, RecordKind.INSPECTION, i.id()));
        }
        List<Measure> measures = new ArrayList<>();
        java.util.Set<Long> problemIds = new java.util.HashSet<>();
        for (Problem p : problems) {
            problemIds.add(p.id());
            uids.put(RecordKey.of(p), SqliteHistory.uid(c, RecordKind.PROBLEM, p.id()));
            for (Measure m : MeasureTable.ofProblem(c, p.id())) {
                measures.add(m);
                uids.put(RecordKey.of(m), SqliteHistory.uid(c, RecordKind.MEASURE, m.id()));
            }
        }
        java.util.Set<Long> measureIds = new java.util.HashSet<>();
        measures.forEach(m -> measureIds.add(m.id()));
        List<AccountabilityRecord> acc = new ArrayList<>();
        for (AccountabilityRecord a : RegisterTables.accountability(c)) {
            if (a.problemId() != null && problemIds.contains(a.problemId())) {
                acc.add(a);
            }
        }
        List<InstitutionRecord> inst = new ArrayList<>();
        for (InstitutionRecord r : RegisterTables.institutions(c)) {
            if ((r.problemId() != null && problemIds.contains(r.problemId()))
                    || (r.measureId() != null && measureIds.contains(r.measureId()))) {
                inst.add(r);
            }
        }
        return new Removed(i, problems, measures, uids, acc, inst);
    }

    /** Puts back what a remove took away, with the same ids, stable ids and links. */
    public void restore(Removed r) {
        write((c, log) -> {
            if (r.inspection() != null) {
                InspectionTable.insert(c, r.inspection(), r.uidOf(r.inspection()));
                log.restored(Row.require(c, "inspection", r.inspection().id()));
            }
            restoreTree(c, log, r);
            for (AccountabilityRecord a : r.relinkedAccountability()) {
                updated(log, c, "accountability", a.id(), ChangeAction.UPDATE, () -> RegisterTables.update(c, a));
            }
            for (InstitutionRecord ir : r.relinkedInstitutions()) {
                updated(log, c, "institution", ir.id(), ChangeAction.UPDATE, () -> RegisterTables.update(c, ir));
            }
            return null;
        });
    }

    /**
     * Puts back the problems and measures of {@code r} through two reused statements, with their
     * search index and history filled once at the end: an undone delete of an inspection of 100,000
     * measures takes seconds, not a minute of single-row index writes.
     */
    private static void restoreTree(Connection c, ChangeLog log, Removed r) throws SQLException {
        DeferredIndex problemIndex = DeferredIndex.problems(c);
        DeferredIndex measureIndex = DeferredIndex.measures(c);
        DeferredHistory problemHistory = new DeferredHistory(log, "problem", ChangeAction.RESTORE);
        DeferredHistory measureHistory = new DeferredHistory(log, "measure", ChangeAction.RESTORE);
        try (PreparedStatement problems = c.prepareStatement(ProblemTable.INSERT);
             PreparedStatement measures = c.prepareStatement(MeasureTable.INSERT)) {
            for (Problem p : r.problems()) {
                ProblemTable.bindInsert(problems, p, p.id(), r.uidOf(p), p.order());
                problems.executeUpdate();
                problemIndex.added(p.id());
                problemHistory.note(p.id());
            }
            for (Measure m : r.measures()) {
                MeasureTable.bindInsert(measures, m, m.id(), r.uidOf(m), m.order());
                measures.executeUpdate();
                measureIndex.added(m.id());
                measureHistory.note(m.id());
            }
        }
        problemIndex.resume();
        measureIndex.resume();
        problemHistory.catchUp();
        measureHistory.catchUp();
    }

    /**
     * Swaps a problem with its previous ({@code -1}) or next ({@code +1}) sibling; false at either
     * end. When both are labelled alike ((二) and (三)) the labels stay with their places, so the
     * list still reads in order.
     */
    public boolean moveProblem(long id, int direction) {
        return write((c, log) -> {
            Problem p = ProblemTable.get(c, id).orElseThrow(() -> new SQLException("no problem " + id));
            List<Problem> siblings = ProblemTable.children(c, p.inspectionId(), p.parentId());
            int at = indexOf(siblings.stream().map(Problem::id).toList(), id);
            int to = at + Integer.signum(direction);
            if (to < 0 || to >= siblings.size()) {
                return false;
            }
            boolean labels = LabelStyle.alike(siblings.get(at).seq(), siblings.get(to).seq());
            for (int k = 0; k < siblings.size(); k++) {
                int pos = k == at ? to : k == to ? at : k;
                Problem moved = siblings.get(k).withOrder(pos + 1);
                Problem relabelled = labels && pos != k ? moved.withSeq(siblings.get(pos).seq()) : moved;
                updated(log, c, "problem", moved.id(), ChangeAction.MOVE, () -> ProblemTable.update(c, relabelled));
            }
            return true;
        });
    }

    /**
     * Swaps a measure with its previous ({@code -1}) or next ({@code +1}) sibling; false at either
     * end. When both are labelled alike (2. and 3.) the labels stay with their places.
     */
    public boolean moveMeasure(long id, int direction) {
        return write((c, log) -> {
            Measure m = MeasureTable.get(c, id).orElseThrow(() -> new SQLException("no measure " + id));
            List<Measure> siblings = MeasureTable.ofProblem(c, m.problemId());
            int at = indexOf(siblings.stream().map(Measure::id).toList(), id);
            int to = at + Integer.signum(direction);
            if (to < 0 || to >= siblings.size()) {
                return false;
            }
            boolean labels = LabelStyle.alike(siblings.get(at).seq(), siblings.get(to).seq());
            for (int k = 0; k < siblings.size(); k++) {
                int pos = k == at ? to : k == to ? at : k;
                Measure moved = siblings.get(k).withOrder(pos + 1);
                Measure relabelled = labels && pos != k ? moved.withSeq(siblings.get(pos).seq()) : moved;
                updated(log, c, "measure", moved.id(), ChangeAction.MOVE, () -> MeasureTable.update(c, relabelled));
            }
            return true;
        });
    }

    private static int indexOf(List<Long> ids, long id) {
        int at = ids.indexOf(id);
        if (at < 0) {
            throw new IllegalStateException("record " + id + " is not among its siblings");
        }
        return at;
    }

    // ---------------------------------------------------------------- change history

    /**
     * Runs writes in one transaction with their history rows marked as coming from {@code from}
     * (an import names its file, undo and redo say so).
     */
    public <T> T withSource(ChangeSource from, java.util.function.Supplier<T> work) {
        return fromSource(from, () -> inTransaction(work));
    }

    /** Runs {@code work} with {@code from} as the change source of the history rows it writes. */
    private <T> T fromSource(ChangeSource from, java.util.function.Supplier<T> work) {
        ChangeSource previous = source.get();
        source.set(from);
        try {
            return work.get();
        } finally {
            source.set(previous);
        }
    }

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

    // ---------------------------------------------------------------- settings

    public Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM ledger_setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void putSetting(String key, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ledger_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The counting rule stored in this ledger, or the default. */
    public CountingRule countingRule() {
        CountingRule.Basis basis = setting("counting.basis").map(CountingRule.Basis::fromCode)
                .orElse(CountingRule.DEFAULT.basis());
        boolean longTerm = setting("counting.long_term_done").map(Boolean::parseBoolean)
                .orElse(CountingRule.DEFAULT.longTermCountsAsDone());
        CountingRule.DoneWhen doneWhen = setting("counting.done_when").map(CountingRule.DoneWhen::fromCode)
                .orElse(CountingRule.DEFAULT.doneWhen());
        return new CountingRule(basis, longTerm, doneWhen);
    }

    public void setCountingRule(CountingRule rule) {
        db.inTransaction(c -> {
            putSetting("counting.basis", rule.basis().code());
            putSetting("counting.long_term_done", Boolean.toString(rule.longTermCountsAsDone()));
            putSetting("counting.done_when", rule.doneWhen().code());
            return null;
        });
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
