package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Status;
import java.util.List;
import java.util.Map;

/**
 * A ledger's measures counted by SQLite under one counting rule on one day, for the figures of
 * {@link io.github.rectification.ledger.domain.LedgerFigures}; with the two registers, which are small.
 *
 * @param problems           the problems that count: those holding measures, and those with neither
 *                           measures nor sub-problems
 * @param countedDone        measures that count as done under the rule
 * @param problemsDone       problems with measures that all count as done
 * @param problemsUnfinished problems with at least one unfinished measure
 */
public record MeasureCounts(
        int inspections,
        int problems,
        int measures,
        Map<Status, Integer> byStatus,
        int countedDone,
        int problemsDone,
        int problemsUnfinished,
        int unfinished,
        int overdue,
        List<AccountabilityRecord> accountability,
        List<InstitutionRecord> institutions) {

    public MeasureCounts {
        byStatus = Map.copyOf(byStatus);
        accountability = List.copyOf(accountability);
        institutions = List.copyOf(institutions);
    }
}
