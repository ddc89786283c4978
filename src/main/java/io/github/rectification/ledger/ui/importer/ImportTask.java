package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.importer.ImportJob;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import java.nio.file.Path;

/** A preview or an import of one workbook in the background, reporting sheets and rows read, cancellable. */
final class ImportTask extends BackgroundTask<ImportPlan> {
    private final Path workbook;
    private final LedgerStore store;
    private final ImportOptions options;
    private final boolean apply;

    ImportTask(Path workbook, LedgerStore store, ImportOptions options, boolean apply) {
        this.workbook = workbook;
        this.store = store;
        this.options = options;
        this.apply = apply;
    }

    @Override
    protected ImportPlan call() throws Exception {
        ImportOptions o = options.withCancel(this::isCancelled).withProgress((sheetsDone, sheets, rows) -> {
            if (sheets > 0) {
                updateProgress(sheetsDone, sheets);
            }
            updateMessage(lang("import.progress.rows", rows));
        });
        ImportJob job = new ImportJob(o);
        return apply ? job.apply(workbook, store) : job.preview(workbook, store);
    }
}
