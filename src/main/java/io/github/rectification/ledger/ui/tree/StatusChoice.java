package io.github.rectification.ledger.ui.tree;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Status;
import java.util.EnumSet;
import java.util.Set;

/** The choices of the tree's status filter. */
public enum StatusChoice {
    ALL,
    UNFINISHED,
    OVERDUE,
    DONE,
    IN_PROGRESS,
    LONG_TERM,
    NOT_STARTED;

    /** The statuses kept (an empty set keeps every status). */
    public Set<Status> statuses() {
        return switch (this) {
            case ALL -> EnumSet.noneOf(Status.class);
            case UNFINISHED, OVERDUE -> EnumSet.of(Status.IN_PROGRESS, Status.NOT_STARTED);
            case DONE -> EnumSet.of(Status.DONE);
            case IN_PROGRESS -> EnumSet.of(Status.IN_PROGRESS);
            case LONG_TERM -> EnumSet.of(Status.LONG_TERM);
            case NOT_STARTED -> EnumSet.of(Status.NOT_STARTED);
        };
    }

    public boolean overdueOnly() {
        return this == OVERDUE;
    }

    public String text() {
        return switch (this) {
            case ALL -> lang("filter.status.all");
            case UNFINISHED -> lang("filter.status.unfinished");
            case OVERDUE -> lang("status.overdue");
            case DONE -> lang("status.done");
            case IN_PROGRESS -> lang("status.in_progress");
            case LONG_TERM -> lang("status.long_term");
            case NOT_STARTED -> lang("status.not_started");
        };
    }
}
