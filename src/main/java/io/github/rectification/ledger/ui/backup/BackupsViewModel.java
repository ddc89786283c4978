package io.github.rectification.ledger.ui.backup;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.Backup;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open ledger's backups, newest first, each with its figures (read in the background, each
 * backup opened read-only), and the restore of one of them in place of the ledger: the current
 * state is backed up first, and a restore that failed once the ledger was closed opens it again.
 */
public final class BackupsViewModel {
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LocalDate today;
    private final Path ledger;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final Map<Path, Backup> backups = new ConcurrentHashMap<>();
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper();

    /** The backups of the ledger open now; {@code today} counts the figures' overdue measures. */
    public BackupsViewModel(LedgerSession session, TaskExecutor executor, DialogService dialogs, LocalDate today) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        this.ledger = session.store().file();
    }

    /** The folder the backups are kept in. */
    public Path folder() {
        return Backups.forLedger(ledger).folder();
    }

    /** Reads the backups and their figures in the background into {@link #rows()}. */
    public void load() {
        executor.execute(BackgroundTask.wrap(this::read).onSuccess(rows::setAll)
                .onFailure(e -> dialogs.showError(lang("backup.list.failed"), e)));
    }

    /** Every backup with its figures, or the reason they could not be read, newest first. */
    List<BackupRow> read() {
        Backups all = Backups.forLedger(ledger);
        return all.list().stream().map(b -> {
            backups.put(b.file(), b);
            try {
                return new BackupRow(b.file(), b.made(), kind(b.kind()), all.figures(b, today), null);
            } catch (Exception e) {
                return new BackupRow(b.file(), b.made(), kind(b.kind()), null, lang("backup.damaged"));
            }
        }).toList();
    }

    static String kind(BackupKind kind) {
        return switch (kind) {
            case IMPORT -> lang("backup.kind.import");
            case MIGRATION -> lang("backup.kind.migration");
            case DAILY -> lang("backup.kind.daily");
            case RESTORE -> lang("backup.kind.restore");
            case MANUAL -> lang("backup.kind.manual");
        };
    }

    /**
     * Puts the backup of {@code row} in place of the open ledger, in the background; {@code restored}
     * runs once the window shows the restored ledger. A failure is shown, and the ledger opened again
     * when the restore had closed it.
     */
    public void restore(BackupRow row, Runnable restored) {
        Backup backup = backups.get(row.file());
        if (backup == null) {
            throw new IllegalArgumentException("not a backup of this ledger: " + row.file());
        }
        LedgerStore current = session.store();
        restoring.set(true);
        executor.execute(BackgroundTask.wrap(() -> Backups.forLedger(ledger).restore(current, backup))
                .onSuccess(opened -> {
                    session.adopt(opened);
                    restoring.set(false);
                    restored.run();
                })
                .onFailure(e -> {
                    restoring.set(false);
                    dialogs.showError(lang("backup.restore.failed"), e);
                    if (current.isClosed()) {
                        reopen();
                    }
                }));
    }

    /** Opens the ledger again after a restore that failed once the open ledger was closed. */
    private void reopen() {
        executor.execute(BackgroundTask.wrap(() -> LedgerStore.open(ledger))
                .onSuccess(session::adopt)
                .onFailure(e -> dialogs.showError(lang("error.open.unreadable", ledger), e)));
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    /** True while a restore runs. */
    public ReadOnlyBooleanProperty restoringProperty() {
        return restoring.getReadOnlyProperty();
    }
}
