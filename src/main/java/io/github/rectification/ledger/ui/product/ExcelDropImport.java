package io.github.rectification.ledger.ui.product;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Imports a dropped Excel file: reads it in the background, shows what it would change (added,
 * updated, unchanged, missing) and applies it after a confirmation. The import backs the ledger
 * up first and records one history entry per record naming the file.
 */
final class ExcelDropImport implements Consumer<Path> {
    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;

    ExcelDropImport(LedgerSession session, DialogService dialogs, TaskExecutor executor) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
    }

    @Override
    public void accept(Path file) {
        LedgerStore store = session.store();
        if (store.readOnly()) {
            dialogs.showInformation(lang("import.drop.title"), lang("backup.read.only"));
            return;
        }
        ImportOptions options = ImportOptions.defaults();
        executor.execute(BackgroundTask.wrap(() -> LedgerImporter.preview(file, store, options))
                .onSuccess(plan -> confirm(file, store, options, plan))
                .onFailure(e -> dialogs.showError(lang("import.drop.failed", file.getFileName()), e)));
    }

    private void confirm(Path file, LedgerStore store, ImportOptions options, ImportPlan plan) {
        if (plan.noChange()) {
            dialogs.showInformation(lang("import.drop.title"), lang("import.drop.nothing", file.getFileName()));
            return;
        }
        String summary = lang("import.drop.summary", file.getFileName(), plan.added(), plan.updated(),
                plan.unchanged(), plan.deleted(), plan.warnings().size());
        if (!dialogs.showConfirmation(lang("import.drop.title"), summary, lang("import.drop.apply"))) {
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> LedgerImporter.apply(file, store, options))
                .onSuccess(done -> {
                    session.changed(null);
                    dialogs.showInformation(lang("import.drop.title"), lang("import.drop.done", done.added(),
                            done.updated(), done.backup() == null ? "" : done.backup().getFileName()));
                })
                .onFailure(e -> dialogs.showError(lang("import.drop.failed", file.getFileName()), e)));
    }
}
