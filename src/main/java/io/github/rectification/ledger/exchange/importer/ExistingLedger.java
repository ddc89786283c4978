package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The records of the target ledger by stable id, for matching the rows of a re-imported export. */
final class ExistingLedger {
    final Ledger ledger;
    final Map<String, Inspection> inspections = new HashMap<>();
    final Map<String, Problem> problems = new HashMap<>();
    final Map<String, Measure> measures = new HashMap<>();
    final Map<String, AccountabilityRecord> accountability = new HashMap<>();
    final Map<String, InstitutionRecord> institutions = new HashMap<>();
    final Map<Long, String> problemUids;
    final Map<Long, String> measureUids;
    final Map<Long, String> inspectionUids;
    final Map<Long, String> accountabilityUids;
    final Map<Long, String> institutionUids;

    ExistingLedger(LedgerStore store) {
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
