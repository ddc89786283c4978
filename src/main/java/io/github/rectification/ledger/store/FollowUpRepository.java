package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Inspection;
import java.util.List;
import java.util.Optional;

/**
 * Follow-up rounds (回头看): starting one from an inspection, and the links between the measures
 * carried into it and the measures they came from, both ways.
 */
public interface FollowUpRepository {
    /** What starting a round made. */
    record Started(Inspection round, int problems, int carried) {
    }

    /**
     * Starts a follow-up round of {@code originId}: a new inspection with the given name, group and
     * feedback date, holding copies of the measures {@link io.github.rectification.ledger.domain.CarryOver}
     * takes over, under copies of their problems, each linked to its origin. One transaction.
     */
    Started start(long originId, Inspection round);

    /** The inspection a follow-up round was started from. */
    Optional<Long> originOf(long inspectionId);

    /** The follow-up rounds started from an inspection. */
    List<Long> roundsOf(long inspectionId);

    /** The measure a carried measure came from. */
    Optional<Long> carriedFrom(long measureId);

    /** The measures carried from a measure into later rounds. */
    List<Long> carriedInto(long measureId);

    /** The measures of an inspection that were carried into it. */
    List<Long> carriedMeasures(long inspectionId);
}
