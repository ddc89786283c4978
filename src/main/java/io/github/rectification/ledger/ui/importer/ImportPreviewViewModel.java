package io.github.rectification.ledger.ui.importer;

import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;

/**
 * The import of one workbook into the open ledger, as its preview window runs it: the preview
 * (nothing written) and the import, each a task for the background, and the ledger's change
 * announced once the import is written.
 */
public final class ImportPreviewViewModel {
    private final LedgerSession session;
    private final Path workbook;

    public ImportPreviewViewModel(LedgerSession session, Path workbook) {
        this.session = session;
        this.workbook = workbook;
    }

    public Path workbook() {
        return workbook;
    }

    /** Reads the workbook and says what importing it would do; writes nothing. Not started yet. */
    public BackgroundTask<ImportPlan> previewTask(ImportOptions options) {
        return new ImportTask(workbook, session.store(), options, false);
    }

    /** Imports the workbook in one transaction. Not started yet; call {@link #imported()} once it succeeded. */
    public BackgroundTask<ImportPlan> importTask(ImportOptions options) {
        return new ImportTask(workbook, session.store(), options, true);
    }

    /** Tells the views the import changed the ledger, so that they show it. */
    public void imported() {
        session.imported();
    }
}
