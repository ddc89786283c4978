package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of the target ledger by stable id, for matching the rows of a re-imported export.
 * For the return of a department's part ({@link #ofPart}) only that part's measures are read at
 * first (those it was sent and those its earlier returns added), with every inspection, problem and
 * register record; any other measure a row names by its id, or that stands under a problem a row is
 * matched in by its text, is read when it is first asked for. Otherwise the whole ledger is read.
 */
final class ExistingLedger {
    final Ledger ledger;
    final Map<String, Inspection> inspections = new HashMap<>();
    final Map<String, Problem> problems = new HashMap<>();
    private final Map<String, Measure> measures = new HashMap<>();
    final Map<String, AccountabilityRecord> accountability = new HashMap<>();
    final Map<String, InstitutionRecord> institutions = new HashMap<>();
    final Map<Long, String> problemUids;
    final Map<Long, String> measureUids;
    final Map<Long, String> inspectionUids;
    final Map<Long, String> accountabilityUids;
    final Map<Long, String> institutionUids;
    /** Null when the whole ledger was read; else the store to read other measures from when they are asked for. */
    private final LedgerStore store;
    private final Set<String> asked = new HashSet<>();
    private final Set<Long> added = new HashSet<>();
    private final Map<Long, List<Measure>> byProblem = new HashMap<>();
    /** The problems of the ledger when it was read, by id (their place in it): a problem added since has no measures here. */
    private final Map<Long, Integer> problemPositions;

    ExistingLedger(LedgerStore store) {
        this.store = null;
        this.problemPositions = Map.of();
        ledger = store.inspections().snapshot();
        inspectionUids = store.history().uids(RecordKind.INSPECTION);
        problemUids = store.history().uids(RecordKind.PROBLEM);
        measureUids = store.history().uids(RecordKind.MEASURE);
        accountabilityUids = store.history().uids(RecordKind.ACCOUNTABILITY);
        institutionUids = store.history().uids(RecordKind.INSTITUTION);
        index(ledger.inspections(), inspectionUids, inspections, Inspection::id);
        index(ledger.problems(), problemUids, problems, Problem::id);
        index(ledger.measures(), measureUids, measures, Measure::id);
        index(ledger.accountability(), accountabilityUids, accountability, AccountabilityRecord::id);
        index(ledger.institutions(), institutionUids, institutions, InstitutionRecord::id);
        for (Measure m : ledger.measures()) {
            byProblem.computeIfAbsent(m.problemId(), k -> new ArrayList<>()).add(m);
        }
    }

    private ExistingLedger(LedgerStore store, Collection<String> partMeasures) {
        this.store = store;
        List<Inspection> all = store.inspections().all();
        List<Problem> problemList = new ArrayList<>();
        for (Inspection i : all) {
            problemList.addAll(store.inspections().problemsInOrder(i.id()));
        }
        problemUids = store.history().uids(RecordKind.PROBLEM);
        Map<String, Measure> part = store.inspections().measuresByUid(partMeasures);
        Map<Long, Integer> position = new HashMap<>();
        for (Problem p : problemList) {
            position.put(p.id(), position.size());
        }
        this.problemPositions = position;
        List<Measure> measureList = new ArrayList<>(part.values());
        measureList.sort(Comparator.comparingInt((Measure m) -> position.getOrDefault(m.problemId(), Integer.MAX_VALUE))
                .thenComparingInt(Measure::order).thenComparingLong(Measure::id));
        ledger = new Ledger(all, problemList, measureList, store.registers().accountability(),
                store.registers().institutions());
        inspectionUids = store.history().uids(RecordKind.INSPECTION);
        measureUids = new HashMap<>();
        part.forEach((uid, m) -> {
            measureUids.put(m.id(), uid);
            measures.put(uid, m);
        });
        asked.addAll(partMeasures);
        accountabilityUids = store.history().uids(RecordKind.ACCOUNTABILITY);
        institutionUids = store.history().uids(RecordKind.INSTITUTION);
        index(ledger.inspections(), inspectionUids, inspections, Inspection::id);
        index(ledger.problems(), problemUids, problems, Problem::id);
        index(ledger.accountability(), accountabilityUids, accountability, AccountabilityRecord::id);
        index(ledger.institutions(), institutionUids, institutions, InstitutionRecord::id);
    }

    /** The ledger as the return of a department's part needs it: the part's measures read, the others when asked for. */
    static ExistingLedger ofPart(LedgerStore store, Collection<String> partMeasures) {
        return new ExistingLedger(store, partMeasures);
    }

    /** The measure of this stable id, or null when the ledger has none. */
    Measure measure(String uid) {
        if (uid == null) {
            return null;
        }
        if (store != null && asked.add(uid)) {
            store.inspections().measuresByUid(List.of(uid)).forEach(this::known);
        }
        return measures.get(uid);
    }

    /**
     * The measures under a problem as they were when the ledger was read, in display order: read
     * from the store the first time for the return of a part, leaving out the measures this import
     * added ({@link #added}) and taking those already read as they were read.
     */
    List<Measure> measuresUnder(long problemId) {
        if (store != null && !byProblem.containsKey(problemId)) {
            List<Measure> under = new ArrayList<>();
            if (problemPositions.containsKey(problemId)) {
                for (Measure m : store.inspections().measures(problemId)) {
                    if (added.contains(m.id())) {
                        continue;
                    }
                    String uid = measureUids.get(m.id());
                    if (uid == null) {
                        uid = store.history().uidOf(RecordKind.MEASURE, m.id());
                        known(uid, m);
                    }
                }
                for (Measure m : measures.values()) {
                    if (m.problemId() == problemId) {
                        under.add(m);
                    }
                }
                under.sort(Comparator.comparingInt(Measure::order).thenComparingLong(Measure::id));
            }
            byProblem.put(problemId, under);
        }
        return byProblem.getOrDefault(problemId, List.of());
    }

    /** Notes a measure this import added: it was not in the ledger when it was read. */
    void added(long measureId) {
        added.add(measureId);
    }

    private void known(String uid, Measure m) {
        measures.putIfAbsent(uid, m);
        measureUids.putIfAbsent(m.id(), uid);
        asked.add(uid);
    }

    private static <T> void index(List<T> records, Map<Long, String> uids, Map<String, T> out,
            java.util.function.ToLongFunction<T> id) {
        for (T r : records) {
            String uid = uids.get(id.applyAsLong(r));
            if (uid != null) {
                out.put(uid, r);
            }
        }
    }
}
