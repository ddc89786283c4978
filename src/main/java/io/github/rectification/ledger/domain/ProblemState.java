package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.Collection;

/** A problem's state, derived from its measures (and those of its sub-problems). */
public enum ProblemState {
    /** No measure yet. */
    EMPTY,
    /** Every measure is done or long-term. */
    DONE,
    /** Some measure is in progress or not started. */
    UNFINISHED,
    /** Some unfinished measure is past its deadline. */
    OVERDUE;

    public static ProblemState of(Collection<Measure> measures, LocalDate today) {
        if (measures.isEmpty()) {
            return EMPTY;
        }
        boolean unfinished = false;
        for (Measure m : measures) {
            if (m.overdue(today)) {
                return OVERDUE;
            }
            unfinished |= m.unfinished();
        }
        return unfinished ? UNFINISHED : DONE;
    }
}
