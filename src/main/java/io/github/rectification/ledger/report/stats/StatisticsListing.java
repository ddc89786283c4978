package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.store.BreakdownCounts;
import io.github.rectification.ledger.store.GroupCounts;
import io.github.rectification.ledger.store.Grouping;
import io.github.rectification.ledger.store.InspectionRepository;
import io.github.rectification.ledger.store.LedgerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a listing of the statistics reports ({@code stats --json}): the figures, the figures by
 * category, lead department and leader, the deadline warnings counted by band and by lead department
 * with the first of them listed, and the consistency findings. Everything is counted by SQLite; only
 * the measures listed or named by a finding are read, so a ledger of 100,000 measures is listed
 * without loading it. The figures are those {@link StatisticsService#of} computes from a snapshot
 * ({@code CountableSnapshotTest} holds the two alike).
 *
 * @param warningsByDepartment the warnings' counts by band (bands without a warning left out) of each
 *                             lead department with warnings, in the order of its most urgent warning
 * @param listed               the first warnings, most urgent first, with their measures whole
 * @param problemTitles        the titles of the problems of the listed warnings, by problem id
 */
public record StatisticsListing(
        LedgerFigures figures,
        WarningBands bands,
        List<GroupFigures> byCategory,
        List<GroupFigures> byDepartment,
        List<GroupFigures> byLeader,
        int warningsTotal,
        Map<WarningBand, Integer> warningsByBand,
        Map<String, Map<WarningBand, Integer>> warningsByDepartment,
        List<DeadlineWarning> listed,
        Map<Long, String> problemTitles,
        List<Finding> findings) {

    public StatisticsListing {
        byCategory = List.copyOf(byCategory);
        byDepartment = List.copyOf(byDepartment);
        byLeader = List.copyOf(byLeader);
        warningsByBand = Map.copyOf(warningsByBand);
        listed = List.copyOf(listed);
        problemTitles = Map.copyOf(problemTitles);
        findings = List.copyOf(findings);
    }

    /**
     * Counts and lists the ledger's statistics on {@code day}.
     *
     * @param limit how many warnings to list; negative for all
     */
    public static StatisticsListing of(LedgerStore store, LocalDate day, int limit) {
        InspectionRepository r = store.inspections();
        CountingRule rule = store.settings().countingRule();
        WarningBands bands = ReportSettings.warningBands(store);
        DirectoryLookup directory = store.directory().lookup();
        UnaryOperator<String> department = written -> Breakdowns.departmentName(written, directory);
        Map<Grouping, UnaryOperator<String>> names = new EnumMap<>(Grouping.class);
        names.put(Grouping.CATEGORY, Breakdowns::categoryName);
        names.put(Grouping.DEPARTMENT, department);
        names.put(Grouping.LEADER, Breakdowns::leaderName);
        BreakdownCounts counted = r.breakdowns(rule, day, bands, names, limit, ConsistencyCheck.MEASURE_CHECKS, null);
        LedgerFigures figures = StatisticsService.figures(counted.counts(), rule);
        List<GroupCounts> departments = counted.groups().get(Grouping.DEPARTMENT);
        Map<WarningBand, Integer> byBand = new EnumMap<>(WarningBand.class);
        Map<String, GroupCounts> byName = new HashMap<>();
        for (GroupCounts g : departments) {
            byName.put(g.name(), g);
            g.warnings().forEach((b, n) -> byBand.merge(b, n, Integer::sum));
        }
        byBand.values().removeIf(n -> n == 0);
        Map<String, Map<WarningBand, Integer>> warnedDepartments = new LinkedHashMap<>();
        for (String name : counted.warnedGroups().get(Grouping.DEPARTMENT)) {
            Map<WarningBand, Integer> counts = new EnumMap<>(WarningBand.class);
            byName.get(name).warnings().forEach((b, n) -> {
                if (n > 0) {
                    counts.put(b, n);
                }
            });
            warnedDepartments.put(name, counts);
        }
        int total = byBand.values().stream().mapToInt(Integer::intValue).sum();
        List<Long> first = counted.warnings();
        Map<Long, Measure> read = r.measures(first);
        List<DeadlineWarning> listed = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        for (long id : first) {
            Measure m = read.get(id);
            if (m != null) {
                bands.bandOf(m, day).ifPresent(b -> listed.add(new DeadlineWarning(m, b, WarningBands.daysLeft(m, day))));
                titles.computeIfAbsent(m.problemId(), p -> r.problem(p).map(Problem::title).orElse(""));
            }
        }
        return new StatisticsListing(figures, bands,
                groups(counted.groups().get(Grouping.CATEGORY), figures, rule),
                groups(departments, figures, rule),
                groups(counted.groups().get(Grouping.LEADER), figures, rule),
                total, byBand, warnedDepartments, listed, titles, ConsistencyCheck.of(store, counted));
    }

    /** The title of a listed warning's problem, or empty. */
    public String problemTitle(Measure m) {
        return Optional.ofNullable(problemTitles.get(m.problemId())).orElse("");
    }

    /** Each group's figures, counted as {@link LedgerFigures#of} counts a slice of the ledger. */
    private static List<GroupFigures> groups(List<GroupCounts> counted, LedgerFigures whole, CountingRule rule) {
        List<GroupFigures> out = new ArrayList<>(counted.size());
        for (GroupCounts g : counted) {
            out.add(new GroupFigures(g.name(), LedgerFigures.of(whole.inspections(), g.problems(), g.measures(),
                    g.byStatus(), rule, g.countedDone(), g.problemsDone(), g.problemsUnfinished(), g.unfinished(),
                    g.overdue(), List.of(), List.of())));
        }
        return out;
    }
}
