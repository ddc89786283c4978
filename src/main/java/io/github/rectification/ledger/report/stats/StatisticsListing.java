package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.store.LedgerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a listing of the statistics reports ({@code stats --json}): the statistics counted from the
 * ledger's countable fields, its deadline warnings counted by band and by lead department with the
 * first of them listed, and the consistency findings. Only the measures listed or named by a finding
 * are read whole, so a ledger of 100,000 measures is listed without loading its texts.
 *
 * @param statistics the statistics; the texts of measures neither listed nor named are empty
 * @param listed     the first warnings, most urgent first, with their measures whole
 */
public record StatisticsListing(
        LedgerStatistics statistics,
        Map<WarningBand, Integer> warningsByBand,
        Map<String, Map<WarningBand, Integer>> warningsByDepartment,
        List<DeadlineWarning> listed,
        List<Finding> findings) {

    public StatisticsListing {
        warningsByBand = Map.copyOf(warningsByBand);
        listed = List.copyOf(listed);
        findings = List.copyOf(findings);
    }

    /** The number of deadline warnings, listed or not. */
    public int warningsTotal() {
        return statistics.warnings().size();
    }

    /**
     * Counts and lists the ledger's statistics on {@code day}.
     *
     * @param limit how many warnings to list; negative for all
     */
    public static StatisticsListing of(LedgerStore store, LocalDate day, int limit) {
        Ledger narrow = store.inspections().countableSnapshot();
        LedgerStatistics counted = StatisticsService.compute(narrow, store.settings().countingRule(),
                ReportSettings.warningBands(store), day, store.directory().lookup());
        List<DeadlineWarning> warnings = counted.warnings();
        int shown = limit < 0 ? warnings.size() : Math.min(limit, warnings.size());
        Set<Long> whole = new LinkedHashSet<>();
        warnings.subList(0, shown).forEach(w -> whole.add(w.measure().id()));
        ConsistencyCheck.of(counted).forEach(f -> {
            if (f.measureId() != null) {
                whole.add(f.measureId());
            }
        });
        Map<Long, Measure> read = store.inspections().measures(whole);
        Ledger ledger = narrow.withMeasures(read);
        List<DeadlineWarning> withTexts = new ArrayList<>(warnings.size());
        for (DeadlineWarning w : warnings) {
            withTexts.add(new DeadlineWarning(read.getOrDefault(w.measure().id(), w.measure()), w.band(), w.daysLeft()));
        }
        LedgerStatistics stats = new LedgerStatistics(ledger, day, counted.bands(), counted.figures(),
                counted.byCategory(), counted.byDepartment(), counted.byLeader(), withTexts, counted.open(),
                counted.directory());
        Map<WarningBand, Integer> byBand = new EnumMap<>(WarningBand.class);
        Map<String, Map<WarningBand, Integer>> byDepartment = new LinkedHashMap<>();
        for (DeadlineWarning w : withTexts) {
            byBand.merge(w.band(), 1, Integer::sum);
            byDepartment.computeIfAbsent(stats.departmentOf(w.measure()), k -> new EnumMap<>(WarningBand.class))
                    .merge(w.band(), 1, Integer::sum);
        }
        return new StatisticsListing(stats, byBand, byDepartment, withTexts.subList(0, shown),
                ConsistencyCheck.of(stats));
    }
}
