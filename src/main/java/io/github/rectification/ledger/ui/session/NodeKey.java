package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.domain.RecordKind;
import java.util.Optional;

/** Which record a tree node, a selection or a change is about. */
public record NodeKey(Kind kind, long id) {
    public enum Kind { INSPECTION, PROBLEM, MEASURE }

    /** The kind of the record the node is about. */
    public RecordKind recordKind() {
        return switch (kind) {
            case INSPECTION -> RecordKind.INSPECTION;
            case PROBLEM -> RecordKind.PROBLEM;
            case MEASURE -> RecordKind.MEASURE;
        };
    }

    /** The node of a record the tree shows; empty for the others (register records, evidence). */
    public static Optional<NodeKey> of(LedgerRecord record) {
        return switch (record.recordKind()) {
            case INSPECTION -> Optional.of(inspection(record.id()));
            case PROBLEM -> Optional.of(problem(record.id()));
            case MEASURE -> Optional.of(measure(record.id()));
            case ACCOUNTABILITY, INSTITUTION, EVIDENCE -> Optional.empty();
        };
    }

    public static NodeKey inspection(long id) {
        return new NodeKey(Kind.INSPECTION, id);
    }

    public static NodeKey problem(long id) {
        return new NodeKey(Kind.PROBLEM, id);
    }

    public static NodeKey measure(long id) {
        return new NodeKey(Kind.MEASURE, id);
    }
}
