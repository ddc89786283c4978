package io.github.rectification.ledger.store;

import java.util.Set;

/** The records a filter keeps: matching measures and every problem and inspection on their way up. */
public record FilterHits(Set<Long> inspectionIds, Set<Long> problemIds, Set<Long> measureIds) {
    public FilterHits {
        inspectionIds = Set.copyOf(inspectionIds);
        problemIds = Set.copyOf(problemIds);
        measureIds = Set.copyOf(measureIds);
    }
}
