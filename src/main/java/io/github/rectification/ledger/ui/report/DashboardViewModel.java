package io.github.rectification.ledger.ui.report;

import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
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
    private BackgroundTask<LedgerStatistics> counting;
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
        BackgroundTask<LedgerStatistics> task = BackgroundTask.wrap(() -> StatisticsService.of(store, asOf, counted));
        counting = task;
        executor.execute(task.onSuccess(s -> {
            if (!task.isCancelled()) {
                statistics.set(s);
            }
        }));
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
