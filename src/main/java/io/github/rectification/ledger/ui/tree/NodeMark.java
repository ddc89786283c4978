package io.github.rectification.ledger.ui.tree;

import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.NodeCounts;

/** The status mark beside a node: its colour class and meaning. */
public enum NodeMark {
    DONE("mark-done"),
    LONG_TERM("mark-long-term"),
    IN_PROGRESS("mark-in-progress"),
    NOT_STARTED("mark-not-started"),
    OVERDUE("mark-overdue"),
    EMPTY("mark-empty");

    private final String styleClass;

    NodeMark(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    public static NodeMark of(Status status, boolean overdue) {
        if (overdue) {
            return OVERDUE;
        }
        return switch (status) {
            case DONE -> DONE;
            case LONG_TERM -> LONG_TERM;
            case IN_PROGRESS -> IN_PROGRESS;
            case NOT_STARTED -> NOT_STARTED;
        };
    }

    /** An inspection's or problem's mark from its figures. */
    public static NodeMark of(NodeCounts counts) {
        if (counts.measures() == 0) {
            return EMPTY;
        }
        if (counts.overdue() > 0) {
            return OVERDUE;
        }
        return counts.finished() == counts.measures() ? DONE : IN_PROGRESS;
    }
}
