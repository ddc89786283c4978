package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.Removed;

/** The store calls that differ by the kind of a tree record, in one place. */
final class Records {
    private Records() {
    }

    static NodeKey keyOf(Object record) {
        if (record instanceof Inspection i) {
            return NodeKey.inspection(i.id());
        }
        if (record instanceof Problem p) {
            return NodeKey.problem(p.id());
        }
        if (record instanceof Measure m) {
            return NodeKey.measure(m.id());
        }
        throw new IllegalArgumentException("not a tree record: " + record);
    }

    static void update(LedgerStore store, Object record) {
        if (record instanceof Inspection i) {
            store.inspections().update(i);
        } else if (record instanceof Problem p) {
            store.inspections().update(p);
        } else if (record instanceof Measure m) {
            store.inspections().update(m);
        } else {
            throw new IllegalArgumentException("not a tree record: " + record);
        }
    }

    static Object add(LedgerStore store, Object draft) {
        if (draft instanceof Inspection i) {
            return store.inspections().add(i);
        }
        if (draft instanceof Problem p) {
            return store.inspections().add(p);
        }
        if (draft instanceof Measure m) {
            return store.inspections().add(m);
        }
        throw new IllegalArgumentException("not a tree record: " + draft);
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
