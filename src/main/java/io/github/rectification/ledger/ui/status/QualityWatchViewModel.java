package io.github.rectification.ledger.ui.status;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.report.quality.QualityCheck;
import io.github.rectification.ledger.report.quality.QualityFinding;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The quality check (数据质量) as the status bar keeps it: run in the background when a ledger opens,
 * after every import, and when asked; not after each edit, which the dashboard's own check follows.
 * Its line says how many kinds of findings and records there are, or that there are none.
 */
public final class QualityWatchViewModel {
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<List<QualityFinding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private BackgroundTask<List<QualityFinding>> running;
    private long generation;

    public QualityWatchViewModel(LedgerSession session, TaskExecutor executor, Supplier<LocalDate> today) {
        this.session = session;
        this.executor = executor;
        this.today = today;
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (change != null && change.reopened()) {
                check();
            }
        });
        session.importsProperty().addListener((obs, old, now) -> check());
    }

    /** Runs the check again in the background; the line says so meanwhile. */
    public void check() {
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        if (!session.isOpen()) {
            findings.set(List.of());
            text.set("");
            checking.set(false);
            return;
        }
        LocalDate day = today.get();
        checking.set(true);
        text.set(lang("quality.checking"));
        running = executor.execute(BackgroundTask.wrap(() -> QualityCheck.shown(session.reader(), day))
                .onSuccess(found -> {
                    if (mine == generation) {
                        findings.set(found);
                        text.set(describe(found));
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        text.set(lang("quality.failed", e.getMessage()));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        checking.set(false);
                    }
                }));
    }

    static String describe(List<QualityFinding> found) {
        if (found.isEmpty()) {
            return lang("quality.none");
        }
        int records = found.stream().mapToInt(f -> f.records().size()).sum();
        return lang("quality.found", found.size(), records);
    }

    /** What the last check found (kinds the office muted left out). */
    public ReadOnlyObjectProperty<List<QualityFinding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** The status bar's line: checking, none found, or how many. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
