package io.github.rectification.ledger.ui.report;

import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.report.quality.QualityCheck;
import io.github.rectification.ledger.report.quality.QualityFinding;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The statistics the dashboard shows, of the inspections of the {@link ScopeChoice} counted as of
 * the {@link ReferenceDay}, again in the
 * background after every change of the ledger or of the day while the dashboard is shown (and
 * when it is shown again after changes).
 */
public final class DashboardViewModel {
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final ReferenceDay day;
    private final ScopeChoice scope;
    private final ReadOnlyObjectWrapper<LedgerStatistics> statistics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<QualityFinding>> checks = new ReadOnlyObjectWrapper<>(List.of());
    private BackgroundTask<Counted> counting;
    private boolean active;
    private boolean stale = true;

    public DashboardViewModel(LedgerSession session, TaskExecutor executor, ReferenceDay day, ScopeChoice scope) {
        this.session = session;
        this.executor = executor;
        this.day = day;
        this.scope = scope;
        day.chosenProperty().addListener(o -> {
            stale = true;
            if (active) {
                refresh();
            }
        });
        scope.chosenProperty().addListener(o -> {
            stale = true;
            if (active) {
                refresh();
            }
        });
        session.lastChangeProperty().addListener((obs, old, now) -> {
            stale = true;
            if (active) {
                refresh();
            }
        });
    }

    /** Whether the dashboard is shown: only then does it count after each change. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            refresh();
        }
    }

    public void refresh() {
        stale = false;
        if (!session.isOpen()) {
            statistics.set(null);
            return;
        }
        if (counting != null) {
            counting.cancel();
        }
        LedgerStore store = session.store();
        LocalDate asOf = day.get();
        ReportScope counted = scope.get();
        BackgroundTask<Counted> task = BackgroundTask.wrap(() -> {
            LedgerStatistics s = StatisticsService.of(store, asOf, counted);
            Set<Finding.Kind> muted = ReportSettings.mutedChecks(store);
            List<QualityFinding> found = QualityCheck.of(store, s, asOf).stream()
                    .filter(f -> !muted.contains(f.kind())).toList();
            return new Counted(s, found);
        });
        counting = task;
        executor.execute(task.onSuccess(c -> {
            if (!task.isCancelled()) {
                checks.set(c.checks());
                statistics.set(c.statistics());
            }
        }));
    }

    /** The figures and the quality check's findings of one count. */
    private record Counted(LedgerStatistics statistics, List<QualityFinding> checks) {
    }

    /** What the quality check finds in the inspections counted (kinds muted for the ledger left out). */
    public ReadOnlyObjectProperty<List<QualityFinding>> checksProperty() {
        return checks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LedgerStatistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    /** The day the dashboard counts as of, chosen in it; the same for the window's reports. */
    public ReferenceDay referenceDay() {
        return day;
    }

    /** The inspections the dashboard counts, chosen in it; the same for the window's reports. */
    public ScopeChoice scope() {
        return scope;
    }
}
