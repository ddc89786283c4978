package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.MeasureCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one place statistics are computed; every view and export reads its result. */
public final class StatisticsService {
    private StatisticsService() {
    }

    /** Statistics of a ledger file under the counting rule and warning bands stored in it. */
    public static LedgerStatistics of(LedgerStore store, LocalDate day) {
        return of(store, day, ReportScope.WHOLE);
    }

    /** Statistics of the part of a ledger file a report counts ({@link ReportScope}). */
    public static LedgerStatistics of(LedgerStore store, LocalDate day, ReportScope scope) {
        return compute(scope.apply(store.inspections().snapshot()), store.settings().countingRule(),
                ReportSettings.warningBands(store), day, store.directory().lookup());
    }

    /**
     * The ledger's figures alone, as {@link #of} counts them, counted by SQLite
     * ({@link io.github.rectification.ledger.store.InspectionRepository#counts}) without reading the measures.
     */
    public static LedgerFigures figures(LedgerStore store, LocalDate day) {
        CountingRule rule = store.settings().countingRule();
        return figures(store.inspections().counts(rule, day), rule);
    }

    /** The ledger's figures from what SQLite counted under {@code rule}. */
    public static LedgerFigures figures(MeasureCounts c, CountingRule rule) {
        return LedgerFigures.of(c.inspections(), c.problems(), c.measures(), c.byStatus(), rule, c.countedDone(),
                c.problemsDone(), c.problemsUnfinished(), c.unfinished(), c.overdue(), c.accountability(),
                c.institutions());
    }

    /** Statistics of a ledger without a directory: every lead department counted as it is written. */
    public static LedgerStatistics compute(Ledger ledger, CountingRule rule, WarningBands bands, LocalDate day) {
        return compute(ledger, rule, bands, day, DirectoryLookup.EMPTY);
    }

    /**
     * Statistics of a ledger whose lead departments are read by {@code directory}: a department written
     * by one of its aliases counts under the department.
     */
    public static LedgerStatistics compute(Ledger ledger, CountingRule rule, WarningBands bands, LocalDate day,
            DirectoryLookup directory) {
        LedgerFigures figures = LedgerFigures.of(ledger, rule, day);
        List<DeadlineWarning> warnings = DeadlineWarning.of(ledger, bands, day);
        return new LedgerStatistics(ledger, day, bands, figures,
                Breakdowns.byCategory(ledger, rule, day),
                Breakdowns.byDepartment(ledger, rule, day, directory),
                Breakdowns.byLeader(ledger, rule, day),
                warnings, open(ledger, bands, day), directory);
    }

    private static List<OpenMeasure> open(Ledger ledger, WarningBands bands, LocalDate day) {
        Map<Long, Problem> problems = new HashMap<>();
        ledger.problems().forEach(p -> problems.put(p.id(), p));
        List<OpenMeasure> out = new ArrayList<>();
        for (Measure m : ledger.measures()) {
            if (m.unfinished()) {
                WarningBand band = bands.bandOf(m, day).orElse(null);
                Long left = m.deadline().hasDate() ? WarningBands.daysLeft(m, day) : null;
                out.add(new OpenMeasure(m, problems.get(m.problemId()), band, left));
            }
        }
        // by deadline: most overdue first, then the nearest; those without a date last, in ledger order
        out.sort(Comparator.comparing(OpenMeasure::daysLeft, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
