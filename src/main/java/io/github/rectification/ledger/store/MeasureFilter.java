package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Status;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What narrows the tree: a text (Chinese substring of a measure's or problem's texts), the statuses
 * to show, and whether to show only overdue measures.
 */
public record MeasureFilter(String text, Set<Status> statuses, boolean overdueOnly, LocalDate today) {
    public MeasureFilter {
        text = text == null ? "" : text.strip();
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(statuses);
    }

    public static MeasureFilter text(String text, LocalDate today) {
        return new MeasureFilter(text, null, false, today);
    }

    public boolean isEmpty() {
        return text.isEmpty() && statuses.size() == Status.values().length && !overdueOnly;
    }
}
