package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.backup.BackupsViewModel;
import io.github.rectification.ledger.ui.backup.RestoreBackupDialog;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.Localization;
import io.github.rectification.ledger.ui.help.AboutDialog;
import io.github.rectification.ledger.ui.help.AboutViewModel;
import io.github.rectification.ledger.ui.history.HistoryDialog;
import io.github.rectification.ledger.ui.history.HistoryViewModel;
import io.github.rectification.ledger.ui.session.NodeKey;
import io.github.rectification.ledger.ui.settings.SettingsDialog;
import io.github.rectification.ledger.ui.settings.SettingsViewModel;
import io.github.rectification.ledger.ui.settings.UserSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * What the window's comforts do: File › Restore backup and Export history, Edit › Edit the record
 * (F2), History of the selected record and Settings, Help › About (their menu items are in
 * {@link WindowActions}), dropping an Excel file onto the window to import it (or a folder or several
 * workbooks to take in as returns), and Delete on the tree.
 */
public final class ProductActions {
    private final MainWindow window;
    private Consumer<Path> excelImport;

    ProductActions(MainWindow window) {
        this.window = window;
        this.excelImport = file -> window.importActions().importFile(file);
    }

    /** Replaces what a dropped Excel file does (by default: the import preview of File › Import). */
    public void setExcelImport(Consumer<Path> importer) {
        this.excelImport = importer;
    }

    /** Files dropped onto {@code root} are imported, as {@link DroppedFiles} says. */
    void acceptDrops(Node root) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (dropped(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<DroppedFiles> d = dropped(e);
            e.setDropCompleted(d.isPresent());
            e.consume();
            d.ifPresent(this::importDropped);
        });
    }

    /** What happens to an Excel file dropped onto the window. */
    public void importExcel(Path file) {
        if (window.session().isOpen()) {
            excelImport.accept(file);
        }
    }

    /**
     * What happens to files dropped onto the window: one workbook is imported, a folder or several
     * workbooks are read as returns. False, with nothing done, when the drop is none of these.
     */
    public boolean importDropped(List<Path> files) {
        Optional<DroppedFiles> d = DroppedFiles.of(files);
        d.ifPresent(this::importDropped);
        return d.isPresent();
    }

    private void importDropped(DroppedFiles d) {
        if (!window.session().isOpen()) {
            return;
        }
        if (d instanceof DroppedFiles.Workbook w) {
            importExcel(w.file());
        } else if (d instanceof DroppedFiles.ReturnsFolder f) {
            window.importActions().importFolder(f.folder());
        } else if (d instanceof DroppedFiles.Returns r) {
            window.importActions().importReturns(r.files());
        }
    }

    private static Optional<DroppedFiles> dropped(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return DroppedFiles.of(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
    }

    /** Delete on the tree deletes the selected record (after the confirmation the delete asks for). */
    void deleteKeyOn(Node tree) {
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && window.treeActions()
                    .canDeleteBinding().get()) {
                e.consume();
                window.treeActions().delete();
            }
        });
    }

    // ---------------------------------------------------------------- actions

    /** F2: puts the cursor in the first field of the selected record's form. */
    public void editSelected() {
        for (Node split : window.root().lookupAll(".split-pane")) {
            if (split instanceof SplitPane sp && sp.getItems().size() == 2) {
                for (Node field : sp.getItems().get(1).lookupAll(".text-input")) {
                    if (field.isVisible() && !field.isDisabled() && field.getScene() != null) {
                        field.requestFocus();
                        return;
                    }
                }
            }
        }
    }

    public void showSettings() {
        SettingsViewModel settings = new SettingsViewModel(userSettings(window.preferences()), window.session());
        if (new SettingsDialog(window.stage(), settings).showAndWait()) {
            settings.announceSaved();
        }
    }

    /** The user's own settings, kept in the window's preferences. */
    static UserSettings userSettings(UiPreferences prefs) {
        return new UserSettings() {
            @Override
            public String userName() {
                return prefs.userName();
            }

            @Override
            public void storeUserName(String name) {
                prefs.storeUserName(name);
            }

            @Override
            public void storeLanguage(String code) {
                prefs.node().put(Localization.LANGUAGE_KEY, code);
            }
        };
    }

    public void showAbout() {
        new AboutDialog(window.stage(), new AboutViewModel(window.session())).showAndWait();
    }

    public void restoreBackup() {
        if (!window.session().isOpen()) {
            return;
        }
        if (!window.session().isWritable()) {
            window.dialogs().showInformation(lang("backup.title"), lang("backup.read.only"));
            return;
        }
        if (!window.formView().confirmLeave()) {
            return;
        }
        new RestoreBackupDialog(window.stage(), new BackupsViewModel(window.session(), window.executor(),
                window.dialogs(), window.today().get()), window.dialogs()).showAndWait();
    }

    /** The change history of the record selected in the tree. */
    public void showHistory() {
        Optional<NodeKey> key = window.treeViewModel().selectedKey();
        if (key.isEmpty() || !window.session().isOpen()) {
            window.dialogs().showInformation(lang("menu.edit.history"), lang("history.select"));
            return;
        }
        HistoryViewModel history = new HistoryViewModel(window.session());
        new HistoryDialog(window.stage(), history.title(key.get()), history.rows(key.get())).show();
    }

    /** Writes the history of the selected record's inspection to an Excel file the user chooses. */
    public void exportInspectionHistory() {
        Optional<NodeKey> key = window.treeViewModel().selectedKey();
        if (key.isEmpty() || !window.session().isOpen()) {
            window.dialogs().showInformation(lang("menu.file.export.history"), lang("history.select"));
            return;
        }
        HistoryViewModel history = new HistoryViewModel(window.session());
        String name = history.exportName(key.get());
        Optional<Path> target = window.dialogs().showSaveDialog(new DialogService.FileDialogConfig(
                lang("menu.file.export.history"), window.preferences().lastDirectory(), lang("file.filter.excel"),
                List.of("xlsx"), name + ".xlsx"));
        target.ifPresent(t -> window.executor().execute(BackgroundTask.wrap(history.export(key.get(), t))
                .onSuccess(done -> window.dialogs().showInformation(lang("menu.file.export.history"),
                        lang("history.exported", done)))
                .onFailure(e -> window.dialogs().showError(lang("error.write", t), e))));
    }

}
