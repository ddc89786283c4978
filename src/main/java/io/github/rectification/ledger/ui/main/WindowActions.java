package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.tree.TreeActions;
import io.github.rectification.ledger.ui.tree.TreeMode;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;

/**
 * Everything the window offers from its menu bar, in one list: the menus in order, each with its
 * actions (id, text, keyboard shortcut, what it does and when it can), separators, and the few
 * entries built by hand (the recent files, the report scope, the counting rule). To add a menu item,
 * add a line to the menu it belongs in; {@link MenuBarFactory} makes the menu bar from this list.
 */
final class WindowActions {
    /** One entry of a menu. */
    sealed interface Entry permits Action, Separator, Custom {
    }

    /**
     * An action: {@code shortcut} as "Shortcut+N", or null; {@code enabled} null for always;
     * {@code liveText} null for the fixed {@code text}, else a text that follows the window (撤销 …).
     */
    record Action(String id, String text, String shortcut, Runnable run, ObservableBooleanValue enabled,
            ObservableValue<String> liveText) implements Entry {
        /** The same action, enabled only while {@code when} holds. */
        Action when(ObservableBooleanValue when) {
            return new Action(id, text, shortcut, run, when, liveText);
        }

        /** The same action, its text following {@code text}. */
        Action saying(ObservableValue<String> text) {
            return new Action(id, this.text, shortcut, run, enabled, text);
        }
    }

    /** A line between groups of a menu. */
    record Separator() implements Entry {
    }

    /** An entry made by hand: a submenu filled when it opens, or toggles that show a setting. */
    record Custom(Supplier<MenuItem> item) implements Entry {
    }

    /** A menu of the menu bar. */
    record MenuSpec(String id, String text, List<Entry> entries) {
    }

    static final Separator SEPARATOR = new Separator();

    private WindowActions() {
    }

    static Action action(String id, String text, String shortcut, Runnable run) {
        return new Action(id, text, shortcut, run, null, null);
    }

    /** The menus of {@code window}, in order. */
    static List<MenuSpec> menus(MainWindow window) {
        return List.of(fileMenu(window), editMenu(window), viewMenu(window), new ReportMenu(window).spec(),
                helpMenu(window));
    }

    private static MenuSpec fileMenu(MainWindow window) {
        FileActions file = window.fileActions();
        ProductActions product = window.productActions();
        ObservableBooleanValue writable = window.session().writableBinding();
        return new MenuSpec("menuFile", lang("menu.file"), List.of(
                action("menuFileNew", lang("menu.file.new"), "Shortcut+Alt+N", file::newLedger),
                action("menuFileOpen", lang("menu.file.open"), "Shortcut+O", file::openLedger),
                new Custom(() -> MenuBarFactory.recentFiles(file)),
                SEPARATOR,
                action("menuFileSaveAs", lang("menu.file.save.as"), "Shortcut+Shift+S", file::saveAs),
                action("menuFileImport", lang("menu.file.import"), "Shortcut+I",
                        window.importActions()::chooseAndImport),
                action("menuFileReturns", lang("returns.menu"), "Shortcut+Shift+O",
                        window.importActions()::chooseFolderAndImport).when(writable),
                action("menuFileExport", lang("menu.file.export"), "Shortcut+E", window.exportActions()::export)
                        .when(window.session().fileProperty().isNotNull()),
                action("menuFileDistribute", lang("distribution.menu"), "Shortcut+Shift+F",
                        window.distributionActions()::open).when(writable),
                action("menuFileConflicts", lang("conflicts.menu"), "Shortcut+Shift+K",
                        window.conflictsActions()::open).when(writable),
                action("menuFileReturnsRegister", lang("returnsRegister.menu"), "Shortcut+Shift+U",
                        window.returnsRegisterActions()::open).when(window.session().storeProperty().isNotNull()),
                SEPARATOR,
                action("menuFileRestoreBackup", lang("menu.file.restore.backup"), null, product::restoreBackup),
                action("menuFileExportHistory", lang("menu.file.export.history"), null,
                        product::exportInspectionHistory),
                SEPARATOR,
                action("menuFileQuit", lang("menu.file.quit"), "Shortcut+Q", window::close)));
    }

    private static MenuSpec editMenu(MainWindow window) {
        TreeActions tree = window.treeActions();
        ProductActions product = window.productActions();
        var undo = window.session().undoManager();
        return new MenuSpec("menuEdit", lang("menu.edit"), List.of(
                action("menuEditUndo", lang("menu.edit.undo"), "Shortcut+Z", window.session()::undo)
                        .when(undo.canUndoProperty())
                        .saying(Bindings.createStringBinding(() -> undo.undoDescriptionProperty().get().isEmpty()
                                ? lang("menu.edit.undo") : lang("menu.edit.undo.what", undo.undoDescriptionProperty().get()),
                                undo.undoDescriptionProperty())),
                action("menuEditRedo", lang("menu.edit.redo"), "Shortcut+Y", window.session()::redo)
                        .when(undo.canRedoProperty())
                        .saying(Bindings.createStringBinding(() -> undo.redoDescriptionProperty().get().isEmpty()
                                ? lang("menu.edit.redo") : lang("menu.edit.redo.what", undo.redoDescriptionProperty().get()),
                                undo.redoDescriptionProperty())),
                SEPARATOR,
                action("menuEditAddInspection", lang("action.add.inspection"), "Shortcut+Shift+I", tree::addInspection)
                        .when(tree.canAddInspectionBinding()),
                action("menuEditAddProblem", lang("action.add.problem"), "Shortcut+Shift+N", tree::addProblem)
                        .when(tree.canAddProblemBinding()),
                action("menuEditAddSubProblem", lang("action.add.subproblem"), null, tree::addSubProblem)
                        .when(tree.canAddSubProblemBinding()),
                action("menuEditAddMeasure", lang("action.add.measure"), "Shortcut+N", tree::addMeasure)
                        .when(tree.canAddMeasureBinding()),
                action("menuEditDelete", lang("action.delete"), "Shortcut+DELETE", tree::delete)
                        .when(tree.canDeleteBinding()),
                SEPARATOR,
                action("menuEditMoveUp", lang("action.move.up"), "Alt+UP", tree::moveUp).when(tree.canMoveBinding()),
                action("menuEditMoveDown", lang("action.move.down"), "Alt+DOWN", tree::moveDown)
                        .when(tree.canMoveBinding()),
                action("menuEditRenumber", lang("action.renumber"), "Shortcut+Shift+R", tree::renumber)
                        .when(tree.canRenumberBinding()),
                action("menuEditFollowUp", lang("followup.menu"), null, tree::startFollowUp)
                        .when(tree.canStartFollowUpBinding()),
                action("menuEditDirectory", lang("directory.menu"), null, window.directoryActions()::open)
                        .when(window.session().fileProperty().isNotNull()),
                SEPARATOR,
                action("menuEditFind", lang("menu.edit.find"), "Shortcut+F", window::focusSearch),
                SEPARATOR,
                action("menuEditRecord", lang("menu.edit.record"), "F2", product::editSelected),
                action("menuEditHistory", lang("menu.edit.history"), "Shortcut+H", product::showHistory),
                action("menuEditSettings", lang("menu.edit.settings"), "Shortcut+COMMA", product::showSettings)));
    }

    private static MenuSpec viewMenu(MainWindow window) {
        return new MenuSpec("menuView", lang("menu.view"), List.of(
                action("menuViewLedger", lang("tab.ledger"), "Shortcut+1", () -> window.selectTab(0)),
                action("menuViewAccountability", lang("tab.accountability"), "Shortcut+2", () -> window.selectTab(1)),
                action("menuViewInstitutions", lang("tab.institutions"), "Shortcut+3", () -> window.selectTab(2)),
                action("menuViewDashboard", lang("tab.dashboard"), "Shortcut+4",
                        () -> window.selectTab(MainWindow.DASHBOARD_TAB)),
                action("menuViewGrid", lang("tab.grid"), "Shortcut+5", () -> window.selectTab(MainWindow.GRID_TAB)),
                SEPARATOR,
                action("menuViewByInspection", lang("tree.mode.inspection"), null,
                        () -> window.showTreeMode(TreeMode.BY_INSPECTION)),
                action("menuViewByDepartment", lang("tree.mode.department"), null,
                        () -> window.showTreeMode(TreeMode.BY_DEPARTMENT))));
    }

    private static MenuSpec helpMenu(MainWindow window) {
        return new MenuSpec("menuHelp", lang("menu.help"), List.of(
                action("menuHelpShortcuts", lang("menu.help.shortcuts"), "F1", window::showShortcuts),
                SEPARATOR,
                action("menuHelpAbout", lang("menu.help.about"), null, window.productActions()::showAbout)));
    }
}
