package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes many records in the one transaction of {@link UnitOfWork#bulk}: problems and measures go
 * through reused, batched statements with ids chosen up front, and their history is written as a
 * few runs of ids under a history row of the write ({@link AddedRuns}), so an import of 100,000
 * measures takes seconds, not minutes. Every {@code add} returns the record with its id at once, even while the
 * row still waits in a batch.
 * <p>
 * The contract: inside the bulk call this writer is the only writer while any problem or measure it
 * added still waits (in a batch, or for its index and history rows). A write through the
 * {@link LedgerStore} there (an update of a register, a removal) joins the bulk transaction, and is
 * allowed only right after {@link #flush}, which brings the ledger up to what the writer added; a
 * store write while anything still waits fails with an {@link IllegalStateException} and, like any
 * failure of the work, rolls the whole bulk back. Writes from other threads wait for the bulk
 * transaction to end. Reads inside the call see the rows flushed so far; searches see the added
 * and updated rows only once the bulk call has returned.
 */
public final class BulkWriter {
    private static final int BATCH = 1000;

    private final Connection c;
    private final PreparedStatement problemInsert;
    private final PreparedStatement measureInsert;
    private long nextProblemId;
    private long nextMeasureId;
    private int pendingProblems;
    private int pendingMeasures;
    /** True while a problem or measure added waits for its batch or history rows (until {@link #catchUp}). */
    private boolean waiting;
    private int problemsWritten;
    private int measuresWritten;
    private final Map<SiblingKey, Integer> lastProblemOrder = new HashMap<>();
    private final Map<Long, Integer> lastMeasureOrder = new HashMap<>();
    /** The inspection of each problem a measure was added to: those added here, and those read once. */
    private final Map<Long, Long> inspectionOfProblem = new HashMap<>();
    private final Set<Long> newProblems = new HashSet<>();
    private final ChangeLog log;
    private final AddedRuns problemHistory;
    private final AddedRuns measureHistory;
    private BeforeImages.Capture beforeImage;
    private boolean beforeImageKept;

    private record SiblingKey(long inspectionId, Long parentId) {
    }

    BulkWriter(Connection c, ChangeLog log) throws SQLException {
        this.c = c;
        this.log = log;
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
            nextProblemId = maxId(st, "problem") + 1;
            nextMeasureId = maxId(st, "measure") + 1;
        }
        problemHistory = new AddedRuns(log, "problem");
        measureHistory = new AddedRuns(log, "measure");
        problemInsert = c.prepareStatement(ProblemTable.INSERT);
        measureInsert = c.prepareStatement(MeasureTable.INSERT);
    }

    /**
     * The highest id the table holds or a bulk write gave (the records of which may be deleted since):
     * ids go on above it, so that no two runs of {@code history_added} name the same id.
     */
    private static long maxId(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT max(coalesce((SELECT max(id) FROM " + table + "), 0),"
                + " coalesce((SELECT max(last_id) FROM history_added WHERE table_name = '" + table + "'), 0))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Adds an inspection (written at once); {@code uid} null gives it a new stable id. */
    public Inspection add(Inspection i, String uid) {
        return call(() -> {
            Inspection r = InspectionTable.insert(c, i, uid);
            log.added(Row.require(c, "inspection", r.id()));
            return r;
        });
    }

    public Inspection add(Inspection i) {
        return add(i, null);
    }

    /** Adds a problem (without an id) after its last sibling unless it carries an order; the returned copy has its id. */
    public Problem add(Problem p, String uid) {
        Objects.requireNonNull(p, "problem");
        return call(() -> {
            long id = fresh(p.id(), nextProblemId++);
            SiblingKey key = new SiblingKey(p.inspectionId(), p.parentId());
            Integer last = lastProblemOrder.get(key);
            if (last == null) {
                last = p.parentId() != null && newProblems.contains(p.parentId())
                        ? 0 : ProblemTable.nextOrder(c, p.inspectionId(), p.parentId()) - 1;
            }
            int order = p.order() > 0 ? p.order() : last + 1;
            lastProblemOrder.put(key, Math.max(last, order));
            String stable = uid == null ? Sql.newUid() : uid;
            ProblemTable.bindInsert(problemInsert, p, id, stable, order);
            problemInsert.addBatch();
            newProblems.add(id);
            inspectionOfProblem.put(id, p.inspectionId());
            problemHistory.note(id, p.inspectionId());
            waiting = true;
            if (++pendingProblems >= BATCH) {
                flushProblems();
            }
            return new Problem(id, p.inspectionId(), p.parentId(), p.seq(), p.category(), p.title(), p.description(),
                    order);
        });
    }

    public Problem add(Problem p) {
        return add(p, null);
    }

    /** Adds a measure (without an id) after the last one of its problem unless it carries an order; the copy has its id. */
    public Measure add(Measure m, String uid) {
        Objects.requireNonNull(m, "measure");
        return call(() -> {
            long id = fresh(m.id(), nextMeasureId++);
            Integer last = lastMeasureOrder.get(m.problemId());
            if (last == null) {
                last = newProblems.contains(m.problemId()) ? 0 : MeasureTable.nextOrder(c, m.problemId()) - 1;
            }
            int order = m.order() > 0 ? m.order() : last + 1;
            lastMeasureOrder.put(m.problemId(), Math.max(last, order));
            String stable = uid == null ? Sql.newUid() : uid;
            MeasureTable.bindInsert(measureInsert, m, id, stable, order);
            measureInsert.addBatch();
            measureHistory.note(id, inspectionOf(m.problemId()));
            waiting = true;
            if (++pendingMeasures >= BATCH) {
                flushProblems();
                flushMeasures();
            }
            return m.withId(id).withOrder(order);
        });
    }

    public Measure add(Measure m) {
        return add(m, null);
    }

    /**
     * The id the writer gives a record: {@code next}, above every id the table holds or a bulk write
     * gave; a record that names an id of its own is refused, as its history run could overlap another.
     */
    private static long fresh(long named, long next) {
        if (named != 0) {
            throw new IllegalArgumentException("a record added in bulk gets its id from the writer, not " + named);
        }
        return next;
    }

    private Long inspectionOf(long problemId) throws SQLException {
        Long known = inspectionOfProblem.get(problemId);
        if (known == null && !inspectionOfProblem.containsKey(problemId)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT inspection_id FROM problem WHERE id = ?")) {
                ps.setLong(1, problemId);
                try (ResultSet rs = ps.executeQuery()) {
                    known = rs.next() ? rs.getLong(1) : null;
                }
            }
            inspectionOfProblem.put(problemId, known);
        }
        return known;
    }

    public AccountabilityRecord add(AccountabilityRecord a, String uid) {
        return call(() -> {
            flushAll();
            AccountabilityRecord r = RegisterTables.insert(c, a, uid);
            log.added(Row.require(c, "accountability", r.id()));
            return r;
        });
    }

    public AccountabilityRecord add(AccountabilityRecord a) {
        return add(a, null);
    }

    public InstitutionRecord add(InstitutionRecord r, String uid) {
        return call(() -> {
            flushAll();
            InstitutionRecord out = RegisterTables.insert(c, r, uid);
            log.added(Row.require(c, "institution", out.id()));
            return out;
        });
    }

    public InstitutionRecord add(InstitutionRecord r) {
        return add(r, null);
    }

    /** Notes the workbook sheet an inspection was read from, so that its export keeps the name. */
    public void sourceSheet(long inspectionId, String sheet) {
        call(() -> {
            InspectionTable.sourceSheet(c, inspectionId, sheet);
            return null;
        });
    }

    public void update(Inspection i) {
        call(() -> {
            Row before = Row.require(c, "inspection", i.id());
            InspectionTable.update(c, i);
            log.changed(ChangeAction.UPDATE, before, Row.require(c, "inspection", i.id()));
            return null;
        });
    }

    public void update(Problem p) {
        call(() -> {
            catchUp();
            Row before = Row.require(c, "problem", p.id());
            ProblemTable.update(c, p);
            log.changed(ChangeAction.UPDATE, before, Row.require(c, "problem", p.id()));
            return null;
        });
    }

    public void update(Measure m) {
        call(() -> {
            catchUp();
            Row before = Row.require(c, "measure", m.id());
            MeasureTable.update(c, m);
            log.changed(ChangeAction.UPDATE, before, Row.require(c, "measure", m.id()));
            return null;
        });
    }

    /**
     * Keeps, from here to the end of this transaction, the before-image of what it writes (see
     * {@link BeforeImages}), named after the imported file; the oldest beyond {@code keep} are dropped.
     * Called before the first write.
     */
    public void keepBeforeImage(String fileName, int keep) {
        call(() -> {
            if (beforeImage == null) {
                beforeImage = BeforeImages.capture(c, fileName, log.who(), keep);
            }
            return null;
        });
    }

    /**
     * True once the bulk write ended with a before-image that holds rows ({@link #keepBeforeImage});
     * false when none was asked for or the import changed nothing.
     */
    public boolean keptBeforeImage() {
        return beforeImageKept;
    }

    /** Writes the bases, added rows and conflicts of a returned workbook in this transaction. */
    public ReturnWriter returns() {
        return call(() -> {
            flushAll();
            return new ReturnWriter(c, log.who(), log.source().label());
        });
    }

    /** Problems written so far (including those still in a batch). */
    public int problemsWritten() {
        return problemsWritten + pendingProblems;
    }

    /** Measures written so far (including those still in a batch). */
    public int measuresWritten() {
        return measuresWritten + pendingMeasures;
    }

    /**
     * Sends the waiting batches to the database and brings the history up to them
     * (still inside the transaction), so that other writes of the store can follow.
     */
    public void flush() {
        call(() -> {
            catchUp();
            return null;
        });
    }

    /**
     * Writes what waits: batches, then the history rows of the records added so far, so that an
     * update's history rows follow theirs.
     */
    private void catchUp() throws SQLException {
        flushAll();
        problemHistory.catchUp();
        measureHistory.catchUp();
        log.endBulkEntry();
        waiting = false;
    }

    /**
     * Called before a write through the store joins the bulk transaction: refuses it while rows
     * this writer added still wait, as the class comment says.
     */
    void beforeStoreWrite() {
        if (waiting) {
            throw new IllegalStateException("a write through the ledger store inside a bulk transaction must follow"
                    + " BulkWriter.flush(): problems or measures added through the writer still wait for their batch");
        }
    }

    void finish() throws SQLException {
        try {
            flushAll();
            problemHistory.catchUp();
            measureHistory.catchUp();
            log.flush();
            if (beforeImage != null) {
                beforeImageKept = beforeImage.finish();
            }
        } finally {
            problemInsert.close();
            measureInsert.close();
            log.close();
        }
    }

    void abandon() {
        if (beforeImage != null) {
            beforeImage.abandon();
        }
        try {
            problemInsert.close();
            measureInsert.close();
            log.close();
        } catch (SQLException ignored) {
            // the transaction is rolled back; closing is best effort
        }
    }

    private void flushAll() throws SQLException {
        flushProblems();
        flushMeasures();
    }

    private void flushProblems() throws SQLException {
        if (pendingProblems > 0) {
            problemInsert.executeBatch();
            problemsWritten += pendingProblems;
            pendingProblems = 0;
        }
    }

    private void flushMeasures() throws SQLException {
        if (pendingMeasures > 0) {
            measureInsert.executeBatch();
            measuresWritten += pendingMeasures;
            pendingMeasures = 0;
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
