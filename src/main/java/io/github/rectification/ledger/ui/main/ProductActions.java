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
import io.github.rectification.ledger.ui.status.ReadOnlyBanner;
import io.github.rectification.ledger.ui.status.ReadOnlyBannerViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/**
 * Adds the product's comforts to a main window: File › Restore backup, Edit › History of the
 * selected record and Export history, Tools › Settings, Help › About, the read-only banner, and
 * dropping an Excel file onto the window to import it.
 */
public final class ProductActions {
    private final MainWindow window;
    private Consumer<Path> excelImport;

    private ProductActions(MainWindow window) {
        this.window = window;
        this.excelImport = file -> window.importActions().importFile(file);
    }

    public static ProductActions install(MainWindow window) {
        ProductActions actions = new ProductActions(window);
        actions.addMenus();
        actions.addBanner();
        actions.acceptExcelDrops();
        actions.deleteKeyOnTree();
        return actions;
    }

    /** Replaces what a dropped Excel file does (by default: the import preview of File › Import). */
    public void setExcelImport(Consumer<Path> importer) {
        this.excelImport = importer;
    }

    private void addMenus() {
        MenuBar bar = (MenuBar) window.root().getTop();
        Menu file = menu(bar, "menuFile");
        Menu edit = menu(bar, "menuEdit");
        Menu help = menu(bar, "menuHelp");
        int beforeQuit = file.getItems().size() - 2;
        file.getItems().addAll(Math.max(0, beforeQuit), List.of(new SeparatorMenuItem(),
                MenuBarFactory.item("menuFileRestoreBackup", lang("menu.file.restore.backup"), null,
                        this::restoreBackup),
                MenuBarFactory.item("menuFileExportHistory", lang("menu.file.export.history"), null,
                        this::exportInspectionHistory)));
        edit.getItems().addAll(new SeparatorMenuItem(),
                MenuBarFactory.item("menuEditRecord", lang("menu.edit.record"), "F2", this::editSelected),
                MenuBarFactory.item("menuEditHistory", lang("menu.edit.history"), "Shortcut+H", this::showHistory),
                MenuBarFactory.item("menuEditSettings", lang("menu.edit.settings"), "Shortcut+COMMA",
                        this::showSettings));
        help.getItems().addAll(new SeparatorMenuItem(),
                MenuBarFactory.item("menuHelpAbout", lang("menu.help.about"), null, this::showAbout));
    }

    private static Menu menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu " + id));
    }

    private void addBanner() {
        Node top = window.root().getTop();
        VBox box = new VBox(top, new ReadOnlyBanner(new ReadOnlyBannerViewModel(window.session())));
        window.root().setTop(box);
    }

    private void acceptExcelDrops() {
        window.root().addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (excelFile(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        window.root().addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> f = excelFile(e);
            e.setDropCompleted(f.isPresent());
            e.consume();
            f.ifPresent(this::importExcel);
        });
    }

    /** What happens to an Excel file dropped onto the window. */
    public void importExcel(Path file) {
        if (window.session().isOpen()) {
            excelImport.accept(file);
        }
    }

    static Optional<Path> excelFile(DragEvent e) {
        if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) {
            return Optional.empty();
        }
        Path p = e.getDragboard().getFiles().get(0).toPath();
        return isExcel(p) ? Optional.of(p) : Optional.empty();
    }

    static boolean isExcel(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    /** Delete on the tree deletes the selected record (after the confirmation the delete asks for). */
    private void deleteKeyOnTree() {
        Node tree = window.root().lookup("#ledgerTree");
        if (tree != null) {
            tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && window.treeActions()
                        .canDeleteBinding().get()) {
                    e.consume();
                    window.treeActions().delete();
                }
            });
        }
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
