package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a ledger that statistics, the status bar and notices report, computed in one place.
 *
 * @param measuresCountedDone measures that count as done under the rule, whatever the rule's basis
 *                           ({@link CountingRule#countsAsDone})
 * @param problemsUnfinished problems with at least one unfinished measure
 * @param measuresUnfinished measures neither done nor long-term
 * @param overdue            unfinished measures whose deadline date lies before the day of counting
 */
public record LedgerFigures(
        int inspections,
        int problems,
        int measures,
        Map<Status, Integer> byStatus,
        CountingRule rule,
        int measuresCountedDone,
        CompletionRate rate,
        int problemsUnfinished,
        int measuresUnfinished,
        int overdue,
        Map<String, Integer> accountabilityByKind,
        int institutionsNew,
        int institutionsRevised) {

    public int accountabilityPersons() {
        return accountabilityByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int institutions() {
        return institutionsNew + institutionsRevised;
    }

    public int count(Status status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** The counting rule in words, with this ledger's number of long-term measures. */
    public String ruleText() {
        return rule.describe(count(Status.LONG_TERM));
    }

    /**
     * The figures of {@code ledger} under {@code rule}; a measure counts as done as
     * {@link Ledger#countsAsDone} says, which reads the ledger's struck-off measures for the rule's 销号 part.
     */
    public static LedgerFigures of(Ledger ledger, CountingRule rule, LocalDate today) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        Set<Long> unfinishedProblems = new HashSet<>();
        Set<Long> problemsWithMeasures = new HashSet<>();
        int measuresUnfinished = 0;
        int overdue = 0;
        int measuresDone = 0;
        for (Measure m : ledger.measures()) {
            byStatus.merge(m.status(), 1, Integer::sum);
            problemsWithMeasures.add(m.problemId());
            if (m.unfinished()) {
                measuresUnfinished++;
                unfinishedProblems.add(m.problemId());
            }
            if (m.overdue(today)) {
                overdue++;
            }
            if (ledger.countsAsDone(m, rule)) {
                measuresDone++;
            }
        }
        int problemCount = countableProblems(ledger.problems(), problemsWithMeasures);
        int problemsDone = 0;
        if (rule.basis() == CountingRule.Basis.PROBLEMS) {
            Map<Long, List<Measure>> byProblem = ledger.measuresByProblem();
            for (Problem p : ledger.problems()) {
                List<Measure> ms = byProblem.get(p.id());
                if (ms != null && ms.stream().allMatch(m -> ledger.countsAsDone(m, rule))) {
                    problemsDone++;
                }
            }
        }
        return of(ledger.inspections().size(), problemCount, ledger.measures().size(), byStatus, rule, measuresDone,
                problemsDone, unfinishedProblems.size(), measuresUnfinished, overdue, ledger.accountability(),
                ledger.institutions());
    }

    /**
     * The figures from their counts, however they were counted (from a snapshot by {@link #of(Ledger,
     * CountingRule, LocalDate)}, or by SQL): the rate over measures or over problems as the rule's basis
     * says, the registers counted by kind.
     *
     * @param problemsDone problems with measures that all count as done (read under the problems basis only)
     */
    public static LedgerFigures of(int inspections, int problems, int measures, Map<Status, Integer> byStatus,
            CountingRule rule, int measuresDone, int problemsDone, int problemsUnfinished, int measuresUnfinished,
            int overdue, List<AccountabilityRecord> accountability, List<InstitutionRecord> institutions) {
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            statuses.put(s, byStatus.getOrDefault(s, 0));
        }
        CompletionRate rate = rule.basis() == CountingRule.Basis.MEASURES
                ? new CompletionRate(measuresDone, measures)
                : new CompletionRate(problemsDone, problems);
        Map<String, Integer> acc = new LinkedHashMap<>();
        for (String kind : AccountabilityRecord.KINDS) {
            for (AccountabilityRecord a : accountability) {
                if (kind.equals(a.kind())) {
                    acc.merge(kind, 1, Integer::sum);
                }
            }
        }
        for (AccountabilityRecord a : accountability) {
            if (a.kind() != null && !AccountabilityRecord.KINDS.contains(a.kind())) {
                acc.merge(a.kind(), 1, Integer::sum);
            }
        }
        int instNew = 0;
        int instRevised = 0;
        for (InstitutionRecord r : institutions) {
            if (r.kind() == InstitutionKind.NEW) {
                instNew++;
            } else {
                instRevised++;
            }
        }
        return new LedgerFigures(inspections, problems, measures, statuses, rule, measuresDone, rate,
                problemsUnfinished, measuresUnfinished, overdue, acc, instNew, instRevised);
    }

    /**
     * Problems that count: those holding measures, plus those with neither measures nor sub-problems
     * (a heading whose sub-problems carry the measures is not counted twice).
     */
    private static int countableProblems(List<Problem> problems, Set<Long> withMeasures) {
        Set<Long> parents = new HashSet<>();
        for (Problem p : problems) {
            if (p.parentId() != null) {
                parents.add(p.parentId());
            }
        }
        int n = 0;
        for (Problem p : problems) {
            if (withMeasures.contains(p.id()) || !parents.contains(p.id())) {
                n++;
            }
        }
        return n;
    }
}
