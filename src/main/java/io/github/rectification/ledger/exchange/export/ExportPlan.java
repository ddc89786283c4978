package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.MeasureValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a workbook export writes, read from the ledger before the workbook is streamed: the
 * sheets with their problems, measures and the distinct values that size their columns, the two
 * registers, the stable ids and the evidence names. Read in one read transaction, it is the ledger
 * as it was at one moment; writing the workbook asks the store nothing more, so the store may be
 * used (and written) while the rows stream, and the file still shows that moment.
 *
 * @param measures the number of measures of all sheets
 * @param problems the number of problems of all sheets
 * @param problemsById the problems of all sheets, and those the registers link to
 * @param evidence the names of the files attached to each measure, by the measure's stable id,
 *        joined by 、; empty when the ledger holds no evidence of measures
 */
record ExportPlan(List<Sheet> sheets, long measures, int problems, Map<Long, String> inspectionUids,
        Map<Long, String> problemUids, Map<Long, Problem> problemsById, List<AccountabilityRecord> accountability,
        Map<Long, String> accountabilityUids, List<InstitutionRecord> institutions,
        Map<Long, String> institutionUids, String ledgerUid, Map<String, String> evidence) {

    /**
     * One inspection's sheet.
     *
     * @param counts the number of measures of each problem that has any
     * @param rows the measures, problem after problem in the problems' order, each problem's in
     *        display order
     */
    record Sheet(Inspection inspection, String name, List<Problem> problems, Map<Long, Integer> counts,
            List<MeasureRow> rows, MeasureValues values) {
    }

    /** A measure and its stable id. */
    record MeasureRow(Measure measure, String uid) {
    }

    /**
     * The sheet names of {@code inspections}: an inspection read from a workbook keeps its sheet's
     * name, the others are named by their title, none taking a register's name.
     */
    static List<String> sheetNames(LedgerStore store, List<Inspection> inspections) {
        SheetNames names = new SheetNames();
        names.reserve(ACCOUNTABILITY_SHEET);
        names.reserve(INSTITUTION_SHEET);
        names.reserve(INFO_SHEET);
        List<String> sheetNames = new ArrayList<>();
        Map<Long, String> sourceSheets = store.inspections().sourceSheets();
        int n = 1;
        for (Inspection i : inspections) {
            sheetNames.add(names.unique(sourceSheets.getOrDefault(i.id(), i.name()), UNNAMED_SHEET + n++));
        }
        return sheetNames;
    }

    /** Reads the plan of {@code inspections}, on sheets named {@code sheetNames}; call it in a read transaction. */
    static ExportPlan read(LedgerStore store, List<Inspection> inspections, List<String> sheetNames) {
        Map<Long, String> problemUids = store.history().uids(RecordKind.PROBLEM);
        List<Sheet> sheets = new ArrayList<>();
        Map<Long, Problem> problemsById = new HashMap<>();
        long measures = 0;
        int problems = 0;
        for (int k = 0; k < inspections.size(); k++) {
            Inspection i = inspections.get(k);
            List<Problem> list = store.inspections().problemsInOrder(i.id());
            list.forEach(p -> problemsById.put(p.id(), p));
            problems += list.size();
            Map<Long, Integer> counts = store.inspections().measureCounts(i.id());
            for (int c : counts.values()) {
                measures += c;
            }
            List<MeasureRow> rows = new ArrayList<>();
            store.inspections().forEachMeasure(list.stream().map(Problem::id).toList(),
                    (m, uid) -> rows.add(new MeasureRow(m, uid)));
            sheets.add(new Sheet(i, sheetNames.get(k), list, counts, rows, DistinctValues.of(rows)));
        }
        List<AccountabilityRecord> accountability = store.registers().accountability();
        List<InstitutionRecord> institutions = store.registers().institutions();
        accountability.forEach(r -> linkedProblem(store, r.problemId(), problemsById));
        institutions.forEach(r -> linkedProblem(store, r.problemId(), problemsById));
        return new ExportPlan(sheets, measures, problems, store.history().uids(RecordKind.INSPECTION), problemUids, problemsById,
                accountability, store.history().uids(RecordKind.ACCOUNTABILITY), institutions, store.history().uids(RecordKind.INSTITUTION),
                store.settings().get(LedgerSettings.LEDGER_UID), evidenceNames(store));
    }

    /** Adds a register's linked problem to the known problems (it may belong to an inspection not exported). */
    private static void linkedProblem(LedgerStore store, Long problemId, Map<Long, Problem> problemsById) {
        if (problemId != null && !problemsById.containsKey(problemId)) {
            store.inspections().problem(problemId).ifPresent(p -> problemsById.put(p.id(), p));
        }
    }

    private static Map<String, String> evidenceNames(LedgerStore store) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Evidence e : store.evidence().all()) {
            if (e.owner().kind() == EvidenceOwner.Kind.MEASURE) {
                names.computeIfAbsent(e.owner().uid(), k -> new ArrayList<>()).add(e.name());
            }
        }
        Map<String, String> out = new HashMap<>();
        names.forEach((uid, list) -> out.put(uid, NameLists.join(list)));
        return out;
    }
}
