package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBand;
import java.util.Map;

/**
 * The measures of one group (a problem category, a lead department, a leader) counted by SQLite, as
 * {@link MeasureCounts} counts the whole ledger; with the group's deadline warnings by band.
 *
 * @param problems the problems holding measures of the group
 */
public record GroupCounts(
        String name,
        int problems,
        int measures,
        Map<Status, Integer> byStatus,
        int countedDone,
        int problemsDone,
        int problemsUnfinished,
        int unfinished,
        int overdue,
        Map<WarningBand, Integer> warnings) {

    public GroupCounts {
        byStatus = Map.copyOf(byStatus);
        warnings = Map.copyOf(warnings);
    }
}
