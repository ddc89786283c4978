package io.github.rectification.ledger.ui.exporter;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.export.ExportJob;
import io.github.rectification.ledger.exchange.export.ExportSummary;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.UserFolders;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File > Export: asks where to write the Excel ledger, exports in the background on a read-only
 * connection of its own (the window stays usable), shows the progress and says when it is done.
 */
public final class ExportActions {
    static final String EXTENSION = "xlsx";

    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Supplier<Path> lastDirectory;
    private final Consumer<Path> rememberDirectory;
    private final Consumer<BackgroundTask<?>> showProgress;

    /**
     * @param lastDirectory where the file chooser starts (may give null)
     * @param rememberDirectory told the folder of each exported file
     * @param showProgress shows a running export's progress (and lets the user cancel it)
     */
    public ExportActions(LedgerSession session, DialogService dialogs, TaskExecutor executor,
            Supplier<Path> lastDirectory, Consumer<Path> rememberDirectory, Consumer<BackgroundTask<?>> showProgress) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        this.lastDirectory = lastDirectory;
        this.rememberDirectory = rememberDirectory;
        this.showProgress = showProgress;
    }

    /** Asks for the target file and exports the whole ledger to it. */
    public void export() {
        if (!session.isOpen()) {
            return;
        }
        Path ledger = session.store().file();
        Path dir = UserFolders.start(lastDirectory.get());
        Optional<Path> chosen = dialogs.showSaveDialog(new DialogService.FileDialogConfig(lang("export.title"), dir,
                lang("export.filter"), List.of(EXTENSION), UserFolders.exportName(ledger, LocalDate.now(), EXTENSION)));
        chosen.map(ExportActions::withExtension).ifPresent(this::export);
    }

    /** Exports the whole ledger to {@code target} in the background; returns the running task. */
    public BackgroundTask<ExportSummary> export(Path target) {
        Path ledger = session.store().file();
        BackgroundTask<ExportSummary> task = new BackgroundTask<>() {
            @Override
            protected ExportSummary call() throws Exception {
                updateMessage(lang("export.running", target.getFileName()));
                return new ExportJob(ledger, ExportJob.Access.READING).run(target, (done, total) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(done, total);
                });
            }
        };
        task.onSuccess(s -> {
            rememberDirectory.accept(target.toAbsolutePath().getParent());
            dialogs.showInformation(lang("export.title"), lang("export.done", s.inspections(), s.problems(),
                    s.measures(), s.file()));
        }).onFailure(e -> dialogs.showError(lang("export.failed", target), e));
        showProgress.accept(task);
        return executor.execute(task);
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + EXTENSION) ? p
                : p.resolveSibling(name + "." + EXTENSION);
    }
}
