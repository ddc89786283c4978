package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.common.UserFolders;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/** File > Import (and the welcome pane's import): choose an Excel ledger, preview it, confirm, import. */
public final class ImportActions {
    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Supplier<Path> lastDirectory;
    private final Consumer<Path> rememberDirectory;
    private final Window owner;

    /**
     * @param lastDirectory     where the file chooser starts (may give null)
     * @param rememberDirectory told the folder of each workbook opened
     */
    public ImportActions(LedgerSession session, DialogService dialogs, TaskExecutor executor,
            Supplier<Path> lastDirectory, Consumer<Path> rememberDirectory, Window owner) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        this.lastDirectory = lastDirectory;
        this.rememberDirectory = rememberDirectory;
        this.owner = owner;
    }

    /** Asks for a workbook and opens its preview. */
    public void chooseAndImport() {
        if (!session.isOpen()) {
            return;
        }
        Path dir = UserFolders.start(lastDirectory.get());
        dialogs.showOpenDialog(new DialogService.FileDialogConfig(lang("import.choose.title"), dir,
                        lang("import.choose.filter"), List.of("xlsx", "xls"), null))
                .ifPresent(this::importFile);
    }

    /** Reads {@code workbook} in the background and shows what importing it would do. */
    public ImportPreviewDialog importFile(Path workbook) {
        if (workbook.toAbsolutePath().getParent() != null) {
            rememberDirectory.accept(workbook.toAbsolutePath().getParent());
        }
        ImportPreviewDialog dialog = new ImportPreviewDialog(session, executor, owner, workbook);
        dialog.show();
        return dialog;
    }
}
