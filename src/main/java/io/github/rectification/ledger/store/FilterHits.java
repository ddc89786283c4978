package io.github.rectification.ledger.store;

import java.util.Map;
import java.util.Set;

/**
 * The records a filter keeps: matching measures and every problem and inspection on their way up,
 * and how many of the measures each lead department has. The id sets are unmodifiable.
 */
public record FilterHits(Set<Long> inspectionIds, Set<Long> problemIds, Set<Long> measureIds,
                         Map<String, Integer> departments) {
    public FilterHits {
        inspectionIds = IdSet.copyOf(inspectionIds);
        problemIds = IdSet.copyOf(problemIds);
        measureIds = IdSet.copyOf(measureIds);
        departments = Map.copyOf(departments);
    }
}
