package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks run on a ledger before anything is printed from it. */
public final class ConsistencyCheck {
    private ConsistencyCheck() {
    }

    /** The checks of single measures that {@link #of(LedgerStatistics)} makes, as the store asks them of SQLite. */
    public static final java.util.Set<io.github.rectification.ledger.store.MeasureCheck> MEASURE_CHECKS =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
                    io.github.rectification.ledger.store.MeasureCheck.DONE_WITHOUT_COMPLETION_DATE,
                    io.github.rectification.ledger.store.MeasureCheck.COMPLETION_DATE_BUT_NOT_DONE));

    /**
     * Every finding of the ledger file, as {@link #of(LedgerStatistics)} finds them in its snapshot, asked
     * of SQLite: the problems' tallies and the measures of the two checks, only those found read whole.
     */
    public static List<Finding> of(io.github.rectification.ledger.store.LedgerStore store) {
        return of(store, store.inspections().breakdowns(store.settings().countingRule(), java.time.LocalDate.now(),
                io.github.rectification.ledger.domain.WarningBands.DEFAULT, Map.of(), 0, MEASURE_CHECKS, null));
    }

    /**
     * Every finding of the ledger file from what the store counted ({@code counted}: its tallies under
     * the ledger's counting rule, and the measures of {@link #MEASURE_CHECKS}), only those found read whole.
     */
    public static List<Finding> of(io.github.rectification.ledger.store.LedgerStore store,
            io.github.rectification.ledger.store.BreakdownCounts counted) {
        io.github.rectification.ledger.store.InspectionRepository r = store.inspections();
        List<long[]> doneWithOpen = doneWithOpenMeasure(counted.tallies());
        Map<Long, java.util.Set<io.github.rectification.ledger.store.MeasureCheck>> flagged = new java.util.LinkedHashMap<>();
        counted.flagged().forEach((id, checks) -> {
            java.util.Set<io.github.rectification.ledger.store.MeasureCheck> mine = java.util.EnumSet.noneOf(
                    io.github.rectification.ledger.store.MeasureCheck.class);
            checks.stream().filter(MEASURE_CHECKS::contains).forEach(mine::add);
            if (!mine.isEmpty()) {
                flagged.put(id, mine);
            }
        });
        java.util.Set<Long> wanted = new java.util.HashSet<>(flagged.keySet());
        doneWithOpen.forEach(pair -> wanted.add(pair[1]));
        Map<Long, Measure> measures = r.measures(wanted);
        List<Finding> out = new ArrayList<>();
        for (long[] pair : doneWithOpen) {
            java.util.Optional<Problem> p = r.problem(pair[0]);
            Measure open = measures.get(pair[1]);
            if (p.isPresent() && open != null) {
                out.add(doneWithOpenMeasure(p.get(), open));
            }
        }
        flagged.forEach((id, checks) -> {
            Measure m = measures.get(id);
            if (m != null) {
                checks.forEach(check -> out.add(of(Finding.Kind.valueOf(check.name()), m)));
            }
        });
        return List.copyOf(out);
    }

    /** Every finding, problems first (in ledger order), then measures (in ledger order). */
    public static List<Finding> of(LedgerStatistics stats) {
        Ledger ledger = stats.ledger();
        List<Finding> out = new ArrayList<>();
        Map<Long, List<Measure>> own = ledger.measuresByProblem();
        Map<Long, List<Problem>> children = new HashMap<>();
        for (Problem p : ledger.problems()) {
            if (p.parentId() != null) {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Problem p : ledger.problems()) {
            List<Measure> mine = own.getOrDefault(p.id(), List.of());
            boolean ownDone = !mine.isEmpty() && mine.stream()
                    .allMatch(m -> ledger.countsAsDone(m, stats.figures().rule()));
            if (ownDone) {
                Measure open = firstOpenBelow(p.id(), children, own);
                if (open != null) {
                    out.add(doneWithOpenMeasure(p, open));
                }
            }
        }
        for (Measure m : ledger.measures()) {
            if (m.status() == Status.DONE && m.completedOn() == null) {
                out.add(of(Finding.Kind.DONE_WITHOUT_COMPLETION_DATE, m));
            }
            if (m.unfinished() && m.completedOn() != null) {
                out.add(of(Finding.Kind.COMPLETION_DATE_BUT_NOT_DONE, m));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The problems counted as rectified while a sub-problem has a measure not done, from the problems'
     * tallies in display order (as the store counts them): for each such problem, its id and the first
     * unfinished measure below it, as {@link #of} finds them.
     */
    public static List<long[]> doneWithOpenMeasure(List<io.github.rectification.ledger.store.ProblemTally> tallies) {
        Map<Long, List<io.github.rectification.ledger.store.ProblemTally>> children = new HashMap<>();
        for (io.github.rectification.ledger.store.ProblemTally t : tallies) {
            if (t.parentId() != null) {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<long[]> out = new ArrayList<>();
        for (io.github.rectification.ledger.store.ProblemTally t : tallies) {
            if (t.measures() > 0 && t.countedDone() == t.measures()) {
                Long open = firstOpenBelow(t.problemId(), children);
                if (open != null) {
                    out.add(new long[] {t.problemId(), open});
                }
            }
        }
        return out;
    }

    private static Long firstOpenBelow(long problemId,
            Map<Long, List<io.github.rectification.ledger.store.ProblemTally>> children) {
        for (io.github.rectification.ledger.store.ProblemTally c : children.getOrDefault(problemId, List.of())) {
            if (c.firstUnfinished() != null) {
                return c.firstUnfinished();
            }
            Long deeper = firstOpenBelow(c.problemId(), children);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** The finding of a problem counted as rectified while {@code open}, below it, is not done. */
    public static Finding doneWithOpenMeasure(Problem p, Measure open) {
        return new Finding(Finding.Kind.PROBLEM_DONE_WITH_OPEN_MEASURE, p.id(), open.id(),
                "问题" + label(p) + "的措施均已完成，但其子问题仍有未完成的措施“" + shorten(open.text()) + "”");
    }

    /** The finding of a measure done without a date, or with a date and not done, in its words. */
    public static Finding of(Finding.Kind kind, Measure m) {
        return switch (kind) {
            case DONE_WITHOUT_COMPLETION_DATE -> new Finding(kind, m.problemId(), m.id(),
                    "措施“" + shorten(m.text()) + "”标为已完成，但未填完成时间");
            case COMPLETION_DATE_BUT_NOT_DONE -> new Finding(kind, m.problemId(), m.id(),
                    "措施“" + shorten(m.text()) + "”填了完成时间" + m.completedOn() + "，但状态为" + m.status().word());
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    private static Measure firstOpenBelow(long problemId, Map<Long, List<Problem>> children,
            Map<Long, List<Measure>> own) {
        for (Problem c : children.getOrDefault(problemId, List.of())) {
            for (Measure m : own.getOrDefault(c.id(), List.of())) {
                if (m.unfinished()) {
                    return m;
                }
            }
            Measure deeper = firstOpenBelow(c.id(), children, own);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private static String label(Problem p) {
        return (p.seq() == null ? "" : p.seq()) + "“" + shorten(p.title()) + "”";
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() <= 24 ? t : t.substring(0, 24) + "…";
    }
}
