package io.github.rectification.ledger.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one read of the counted columns of every measure gives ({@link InspectionRepository#breakdowns}):
 * the problems' tallies, the groups of each grouping asked for, the deadline warnings and the checks
 * asked for.
 *
 * @param counts       the whole ledger's figures, as {@link InspectionRepository#counts} counts them
 * @param tallies      every problem of the snapshot in display order, with its own measures counted
 * @param groups       the measures counted group by group, of each grouping asked for, in the order the
 *                     groups first appear in the ledger (display order)
 * @param warnedGroups the names of the groups with deadline warnings, of each grouping asked for, in
 *                     the order of their most urgent warning (by deadline, ties in display order)
 * @param warnings     the ids of the first measures with a deadline warning, most urgent first
 * @param flagged      the measures that any of the checks asked for finds, by id in display order
 * @param stale        the in-progress measures last changed (by the history) before the time asked for,
 *                     in display order; empty when none was asked for
 */
public record BreakdownCounts(
        MeasureCounts counts,
        List<ProblemTally> tallies,
        Map<Grouping, List<GroupCounts>> groups,
        Map<Grouping, List<String>> warnedGroups,
        List<Long> warnings,
        Map<Long, Set<MeasureCheck>> flagged,
        List<Long> stale) {

    public BreakdownCounts {
        tallies = List.copyOf(tallies);
        groups = Map.copyOf(groups);
        warnedGroups = Map.copyOf(warnedGroups);
        warnings = List.copyOf(warnings);
        flagged = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flagged));
        stale = List.copyOf(stale);
    }
}
