package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.tree.TreeActions;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar, built in one place. To add a menu item, add a line to the menu it belongs in
 * below; to add a menu (Report), add a method and list it in {@link #create()}. Every item shows
 * its keyboard shortcut.
 */
public final class MenuBarFactory {
    private final MainWindow window;

    public MenuBarFactory(MainWindow window) {
        this.window = window;
    }

    public MenuBar create() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), reportMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        FileActions file = window.fileActions();
        Menu recent = new Menu(lang("menu.file.recent"));
        recent.setId("menuFileRecent");
        // filled each time it opens, so it is current
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> fillRecent(recent, file.recentFiles()));
        fillRecent(recent, file.recentFiles());
        return menu("menuFile", lang("menu.file"),
                item("menuFileNew", lang("menu.file.new"), "Shortcut+Alt+N", file::newLedger),
                item("menuFileOpen", lang("menu.file.open"), "Shortcut+O", file::openLedger),
                recent,
                new SeparatorMenuItem(),
                item("menuFileSaveAs", lang("menu.file.save.as"), "Shortcut+Shift+S", file::saveAs),
                // File > Import / Export items go here
                item("menuFileImport", lang("menu.file.import"), "Shortcut+I", window.importActions()::chooseAndImport),
                enabled(item("menuFileReturns", lang("returns.menu"), "Shortcut+Shift+O",
                        window.importActions()::chooseFolderAndImport), window.session().writableBinding()),
                enabled(item("menuFileExport", lang("menu.file.export"), "Shortcut+E", window.exportActions()::export),
                        window.session().fileProperty().isNotNull()),
                enabled(item("menuFileDistribute", lang("distribution.menu"), "Shortcut+Shift+F",
                        window.distributionActions()::open), window.session().writableBinding()),
                enabled(item("menuFileConflicts", lang("conflicts.menu"), "Shortcut+Shift+K",
                        window.conflictsActions()::open), window.session().writableBinding()),
                new SeparatorMenuItem(),
                item("menuFileQuit", lang("menu.file.quit"), "Shortcut+Q", window::close));
    }

    private void fillRecent(Menu recent, List<Path> files) {
        recent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(lang("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        int n = 1;
        for (Path f : files) {
            MenuItem item = new MenuItem(n++ + "  " + f);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.fileActions().open(f));
            recent.getItems().add(item);
        }
    }

    private Menu editMenu() {
        TreeActions tree = window.treeActions();
        var undo = window.session().undoManager();
        MenuItem undoItem = item("menuEditUndo", lang("menu.edit.undo"), "Shortcut+Z", window.session()::undo);
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.undoDescriptionProperty().get().isEmpty()
                ? lang("menu.edit.undo") : lang("menu.edit.undo.what", undo.undoDescriptionProperty().get()),
                undo.undoDescriptionProperty()));
        MenuItem redoItem = item("menuEditRedo", lang("menu.edit.redo"), "Shortcut+Y", window.session()::redo);
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.redoDescriptionProperty().get().isEmpty()
                ? lang("menu.edit.redo") : lang("menu.edit.redo.what", undo.redoDescriptionProperty().get()),
                undo.redoDescriptionProperty()));
        return menu("menuEdit", lang("menu.edit"),
                undoItem,
                redoItem,
                new SeparatorMenuItem(),
                enabled(item("menuEditAddInspection", lang("action.add.inspection"), "Shortcut+Shift+I",
                        tree::addInspection), tree.canAddInspectionBinding()),
                enabled(item("menuEditAddProblem", lang("action.add.problem"), "Shortcut+Shift+N", tree::addProblem),
                        tree.canAddProblemBinding()),
                enabled(item("menuEditAddSubProblem", lang("action.add.subproblem"), null, tree::addSubProblem),
                        tree.canAddSubProblemBinding()),
                enabled(item("menuEditAddMeasure", lang("action.add.measure"), "Shortcut+N", tree::addMeasure),
                        tree.canAddMeasureBinding()),
                enabled(item("menuEditDelete", lang("action.delete"), "Shortcut+DELETE", tree::delete),
                        tree.canDeleteBinding()),
                new SeparatorMenuItem(),
                enabled(item("menuEditMoveUp", lang("action.move.up"), "Alt+UP", tree::moveUp), tree.canMoveBinding()),
                enabled(item("menuEditMoveDown", lang("action.move.down"), "Alt+DOWN", tree::moveDown),
                        tree.canMoveBinding()),
                enabled(item("menuEditRenumber", lang("action.renumber"), "Shortcut+Shift+R", tree::renumber),
                        tree.canRenumberBinding()),
                enabled(item("menuEditFollowUp", lang("followup.menu"), null, tree::startFollowUp),
                        tree.canStartFollowUpBinding()),
                enabled(item("menuEditDirectory", lang("directory.menu"), null, window.directoryActions()::open),
                        window.session().fileProperty().isNotNull()),
                new SeparatorMenuItem(),
                item("menuEditFind", lang("menu.edit.find"), "Shortcut+F", window::focusSearch));
    }

    private Menu viewMenu() {
        return menu("menuView", lang("menu.view"),
                item("menuViewLedger", lang("tab.ledger"), "Shortcut+1", () -> window.selectTab(0)),
                item("menuViewAccountability", lang("tab.accountability"), "Shortcut+2", () -> window.selectTab(1)),
                item("menuViewInstitutions", lang("tab.institutions"), "Shortcut+3", () -> window.selectTab(2)),
                // further tabs get their item here
                item("menuViewDashboard", lang("tab.dashboard"), "Shortcut+4",
                        () -> window.selectTab(MainWindow.DASHBOARD_TAB)),
                item("menuViewGrid", lang("tab.grid"), "Shortcut+5", () -> window.selectTab(MainWindow.GRID_TAB)),
                new SeparatorMenuItem(),
                item("menuViewByInspection", lang("tree.mode.inspection"), null,
                        () -> window.showTreeMode(io.github.rectification.ledger.ui.tree.TreeMode.BY_INSPECTION)),
                item("menuViewByDepartment", lang("tree.mode.department"), null,
                        () -> window.showTreeMode(io.github.rectification.ledger.ui.tree.TreeMode.BY_DEPARTMENT)));
    }

    private Menu reportMenu() {
        return new ReportMenu(window).create();
    }

    private Menu helpMenu() {
        // Help > About, History … go here
        return menu("menuHelp", lang("menu.help"),
                item("menuHelpShortcuts", lang("menu.help.shortcuts"), "F1", window::showShortcuts));
    }

    // ---------------------------------------------------------------- helpers

    static Menu menu(String id, String text, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.getItems().setAll(items);
        return m;
    }

    /** A menu item with an id, text, shortcut (e.g. "Shortcut+N", or null) and action. */
    public static MenuItem item(String id, String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    static MenuItem enabled(MenuItem item, ObservableBooleanValue when) {
        item.disableProperty().bind(Bindings.not(when));
        return item;
    }
}
