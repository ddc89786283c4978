package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.Removed;

/** The store calls that differ by the kind of a tree record, in one place. */
final class Records {
    private Records() {
    }

    static NodeKey keyOf(LedgerRecord record) {
        return NodeKey.of(record).orElseThrow(() -> notInTheTree(record));
    }

    static void update(LedgerStore store, LedgerRecord record) {
        switch (record.recordKind()) {
            case INSPECTION -> store.inspections().update((Inspection) record);
            case PROBLEM -> store.inspections().update((Problem) record);
            case MEASURE -> store.inspections().update((Measure) record);
            case ACCOUNTABILITY, INSTITUTION, EVIDENCE -> throw notInTheTree(record);
        }
    }

    static LedgerRecord add(LedgerStore store, LedgerRecord draft) {
        return switch (draft.recordKind()) {
            case INSPECTION -> store.inspections().add((Inspection) draft);
            case PROBLEM -> store.inspections().add((Problem) draft);
            case MEASURE -> store.inspections().add((Measure) draft);
            case ACCOUNTABILITY, INSTITUTION, EVIDENCE -> throw notInTheTree(draft);
        };
    }

    private static IllegalArgumentException notInTheTree(LedgerRecord record) {
        return new IllegalArgumentException("not a tree record: " + record);
    }

    static Removed remove(LedgerStore store, NodeKey key) {
        return switch (key.kind()) {
            case INSPECTION -> store.inspections().removeInspection(key.id());
            case PROBLEM -> store.inspections().removeProblem(key.id());
            case MEASURE -> store.inspections().removeMeasure(key.id());
        };
    }

    /** The node above a record: a measure's problem, a problem's parent or inspection; null for an inspection. */
    static NodeKey parentOf(LedgerStore store, NodeKey key) {
        return switch (key.kind()) {
            case INSPECTION -> null;
            case PROBLEM -> store.inspections().problem(key.id())
                    .map(p -> p.parentId() != null ? NodeKey.problem(p.parentId()) : NodeKey.inspection(p.inspectionId()))
                    .orElse(null);
            case MEASURE -> store.inspections().measure(key.id()).map(m -> NodeKey.problem(m.problemId())).orElse(null);
        };
    }
}
