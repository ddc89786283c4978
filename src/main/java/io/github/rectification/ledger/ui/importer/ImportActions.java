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
    private Runnable reviewConflicts = () -> { };
    private ReturnsImportDialog returns;

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

    /** File › 导入报送: asks for a folder of returned workbooks and lists what importing them would do. */
    public void chooseFolderAndImport() {
        if (!session.isOpen()) {
            return;
        }
        dialogs.showDirectoryDialog(lang("returns.choose.title"), UserFolders.start(lastDirectory.get()))
                .ifPresent(this::importFolder);
    }

    /** Reads the workbooks of {@code folder} in the background and shows what importing them would do. */
    public ReturnsImportDialog importFolder(Path folder) {
        rememberDirectory.accept(folder.toAbsolutePath());
        returns = new ReturnsImportDialog(owner, new ReturnsImportViewModel(session, executor, folder),
                reviewConflicts);
        returns.show();
        return returns;
    }

    /** Reads the returned workbooks {@code files} in the background and shows what importing them would do. */
    public ReturnsImportDialog importReturns(List<Path> files) {
        Path parent = files.get(0).toAbsolutePath().getParent();
        if (parent != null) {
            rememberDirectory.accept(parent);
        }
        returns = new ReturnsImportDialog(owner, ReturnsImportViewModel.ofFiles(session, executor, files),
                reviewConflicts);
        returns.show();
        return returns;
    }

    /** What 处理冲突 in the returns' window opens. */
    public void setReviewConflicts(Runnable review) {
        this.reviewConflicts = review;
    }

    /** The returns' window last opened (for tests), or null. */
    public ReturnsImportDialog returnsDialog() {
        return returns;
    }

    /** Reads {@code workbook} in the background and shows what importing it would do. */
    public ImportPreviewDialog importFile(Path workbook) {
        if (workbook.toAbsolutePath().getParent() != null) {
            rememberDirectory.accept(workbook.toAbsolutePath().getParent());
        }
        ImportPreviewDialog dialog = new ImportPreviewDialog(new ImportPreviewViewModel(session, workbook), executor, owner);
        dialog.show();
        return dialog;
    }
}
