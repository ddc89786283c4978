package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKey;
import io.github.rectification.ledger.domain.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removing an inspection, a problem or a measure with everything under it, and putting it back: a
 * remove captures the records, their stable ids and the register records whose links it clears
 * ({@link Removed}), so that the restore gives back the same ids, stable ids and links. Each runs
 * inside the caller's transaction with its history rows.
 */
final class RecordRemoval {
    private RecordRemoval() {
    }

    /** Deletes an inspection with all its problems and measures. */
    static Removed inspection(Connection c, ChangeLog log, long id) throws SQLException {
        Inspection i = InspectionTable.get(c, id).orElseThrow(() -> new SQLException("no inspection " + id));
        List<Problem> problems = new ArrayList<>();
        ProblemTable.inOrder(c, id, null, problems);
        Removed r = capture(c, i, problems);
        removeLogged(c, log, r, "inspection", id);
        return r;
    }

    /** Deletes a problem with its sub-problems and measures. */
    static Removed problem(Connection c, ChangeLog log, long id) throws SQLException {
        Problem p = ProblemTable.get(c, id).orElseThrow(() -> new SQLException("no problem " + id));
        List<Problem> problems = new ArrayList<>();
        problems.add(p);
        ProblemTable.inOrder(c, p.inspectionId(), p.id(), problems);
        Removed r = capture(c, null, problems);
        removeLogged(c, log, r, "problem", id);
        return r;
    }

    /** Deletes one measure. */
    static Removed measure(Connection c, ChangeLog log, long id) throws SQLException {
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
        deleteRow(c, table, id);
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
        Set<Long> problemIds = new HashSet<>();
        for (Problem p : problems) {
            problemIds.add(p.id());
            uids.put(RecordKey.of(p), SqliteHistory.uid(c, RecordKind.PROBLEM, p.id()));
            for (Measure m : MeasureTable.ofProblem(c, p.id())) {
                measures.add(m);
                uids.put(RecordKey.of(m), SqliteHistory.uid(c, RecordKind.MEASURE, m.id()));
            }
        }
        Set<Long> measureIds = new HashSet<>();
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
    static void restore(Connection c, ChangeLog log, Removed r) throws SQLException {
        if (r.inspection() != null) {
            InspectionTable.insert(c, r.inspection(), r.uidOf(r.inspection()));
            log.restored(Row.require(c, "inspection", r.inspection().id()));
        }
        restoreTree(c, log, r);
        for (AccountabilityRecord a : r.relinkedAccountability()) {
            RowChanges.changed(log, c, "accountability", a.id(), ChangeAction.UPDATE,
                    () -> RegisterTables.update(c, a));
        }
        for (InstitutionRecord ir : r.relinkedInstitutions()) {
            RowChanges.changed(log, c, "institution", ir.id(), ChangeAction.UPDATE,
                    () -> RegisterTables.update(c, ir));
        }
    }

    /**
     * Puts back the problems and measures of {@code r} through two reused statements, with their
     * history filled once at the end.
     */
    private static void restoreTree(Connection c, ChangeLog log, Removed r) throws SQLException {
        DeferredHistory problemHistory = new DeferredHistory(log, "problem", ChangeAction.RESTORE);
        DeferredHistory measureHistory = new DeferredHistory(log, "measure", ChangeAction.RESTORE);
        try (PreparedStatement problems = c.prepareStatement(ProblemTable.INSERT);
             PreparedStatement measures = c.prepareStatement(MeasureTable.INSERT)) {
            for (Problem p : r.problems()) {
                ProblemTable.bindInsert(problems, p, p.id(), r.uidOf(p), p.order());
                problems.executeUpdate();
                problemHistory.note(p.id());
            }
            for (Measure m : r.measures()) {
                MeasureTable.bindInsert(measures, m, m.id(), r.uidOf(m), m.order());
                measures.executeUpdate();
                measureHistory.note(m.id());
            }
        }
        problemHistory.catchUp();
        measureHistory.catchUp();
    }

    private static void deleteRow(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
