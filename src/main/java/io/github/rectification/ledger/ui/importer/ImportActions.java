package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** File > Import (and the welcome pane's import): choose an Excel ledger, preview it, confirm, import. */
public final class ImportActions {
    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final Window owner;

    public ImportActions(LedgerSession session, DialogService dialogs, TaskExecutor executor, UiPreferences prefs,
            Window owner) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        this.prefs = prefs;
        this.owner = owner;
    }

    /** Asks for a workbook and opens its preview. */
    public void chooseAndImport() {
        if (!session.isOpen()) {
            return;
        }
        Path dir = prefs.lastDirectory();
        dialogs.showOpenDialog(new DialogService.FileDialogConfig(lang("import.choose.title"), dir,
                        lang("import.choose.filter"), List.of("xlsx", "xls"), null))
                .ifPresent(this::importFile);
    }

    /** Reads {@code workbook} in the background and shows what importing it would do. */
    public ImportPreviewDialog importFile(Path workbook) {
        if (workbook.toAbsolutePath().getParent() != null) {
            prefs.storeLastDirectory(workbook.toAbsolutePath().getParent());
        }
        ImportPreviewDialog dialog = new ImportPreviewDialog(session, executor, owner, workbook);
        dialog.show();
        return dialog;
    }
}
