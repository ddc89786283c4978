package io.github.rectification.ledger.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.Backup;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.ChangeAction;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.backup.BackupRow;
import io.github.rectification.ledger.ui.history.HistoryRow;
import io.github.rectification.ledger.ui.tree.TreeNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The product's comforts through the real window: history, settings, backups, read-only, Excel drop. */
@ExtendWith(ApplicationExtension.class)
class ProductWindowTest {
    @TempDir
    static Path shared;

    private Path dir;
    private Path file;
    private MainWindow window;
    private ProductActions actions;
    private UiPreferences prefs;
    private LedgerStore holder;
    private long measureId;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(shared, "t");
        file = dir.resolve("台账.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            s.setAuthor("准备数据");
            Inspection i = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
            Problem p = s.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位"));
            measureId = s.inspections().add(Measure.draft(p.id(), "开展养老机构安全隐患排查整治")).id();
        }
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        prefs.storeUserName("王科员");
    }

    private void openWindow(FxRobot robot) throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = MainWindow.show(new Stage(), file, prefs);
            actions = w.productActions();
            return w;
        }).get(20, TimeUnit.SECONDS);
        io.github.rectification.ledger.ui.OpenedWindows.awaitOpen(window);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        }
        if (holder != null) {
            holder.close();
        }
        prefs.node().removeNode();
    }

    @Test
    void anEditInTheFormAndItsUndoLeaveExactHistoryRowsShownInTheHistoryDialog(FxRobot robot) throws Exception {
        openWindow(robot);
        clickCell(robot, "开展养老机构安全隐患排查整治");
        robot.clickOn("#measureStatus");
        robot.clickOn("已完成");
        robot.clickOn("#applyButton");
        clickCell(robot, "开展养老机构安全隐患排查整治");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<HistoryEntry> h = window.session().store().history().history(RecordKind.MEASURE, measureId);
        assertThat(h).extracting(HistoryEntry::who, HistoryEntry::action, HistoryEntry::field, HistoryEntry::oldValue,
                HistoryEntry::newValue, HistoryEntry::source).containsExactly(
                        tuple("准备数据", ChangeAction.ADD, null, null, "开展养老机构安全隐患排查整治", ""),
                        tuple("王科员", ChangeAction.UPDATE, "status", "not_started", "done", ""),
                        tuple("王科员", ChangeAction.UPDATE, "status", "done", "not_started", "undo"));

        clickCell(robot, "开展养老机构安全隐患排查整治");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<HistoryRow> table = robot.lookup("#historyTable").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getItems().get(2).source()).isEqualTo("撤销");
        assertThat(table.getItems().get(1).newValue()).isEqualTo("已完成");
        robot.clickOn("关闭");
    }

    @Test
    void aMeasureAnImportAddedShowsTheImportAsItsAddInTheHistoryDialog(FxRobot robot) throws Exception {
        try (LedgerStore s = LedgerStore.open(file)) {
            s.setAuthor("李科长");
            long problem = s.inspections().measure(measureId).orElseThrow().problemId();
            s.unitOfWork().bulk(io.github.rectification.ledger.store.ChangeSource.importOf("民政局整改台账.xlsx"),
                    w -> w.add(Measure.draft(problem, "建立养老机构检查台账")));
        }
        openWindow(robot);
        clickCell(robot, "建立养老机构检查台账");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<HistoryRow> table = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.who()).isEqualTo("李科长");
            assertThat(r.action()).isEqualTo("新增");
            assertThat(r.newValue()).isEqualTo("建立养老机构检查台账");
            assertThat(r.source()).isEqualTo("导入 民政局整改台账.xlsx");
        });
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> table.getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS);
        Path shot = Path.of("target", "screenshots", "history-imported.png");
        Files.createDirectories(shot.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", shot.toFile());
        robot.clickOn("关闭");
    }

    @Test
    void settingsSaveTheUserNameAndTheLedgersRulesAndRefuseBadNumbers(FxRobot robot) throws Exception {
        openWindow(robot);
        WaitForAsyncUtils.asyncFx(() -> actions.showSettings());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#settingsUserName").eraseText(3).write("李主任");
        robot.doubleClickOn("#settingsDueSoon").write("x");
        robot.clickOn("保存");
        assertThat(robot.lookup("#settingsError").queryAs(Label.class).getText()).isEqualTo("预警天数须为整数。");
        assertThat(prefs.userName()).isEqualTo("王科员");

        robot.doubleClickOn("#settingsDueSoon").write("5");
        robot.doubleClickOn("#settingsUpcoming").write("15");
        robot.clickOn("#settingsLongTermDone");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<CountingRule.DoneWhen> doneWhen = robot.lookup("#settingsDoneWhen")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(doneWhen.getValue()).isEqualTo(CountingRule.DoneWhen.STATUS);
        robot.clickOn("#settingsDoneWhen");
        robot.clickOn("以销号为准计为已完成（未销号的不计）");
        assertThat(doneWhen.getValue()).isEqualTo(CountingRule.DoneWhen.CLOSED);
        assertThat(robot.lookup("#settingsCompletedOnImport").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isFalse();
        robot.clickOn("#settingsCompletedOnImport");
        robot.clickOn("保存");
        WaitForAsyncUtils.waitForFxEvents();
        LedgerStore store = window.session().store();
        assertThat(prefs.userName()).isEqualTo("李主任");
        assertThat(store.author()).isEqualTo("李主任");
        assertThat(ReportSettings.warningBands(store).dueSoonDays()).isEqualTo(5);
        assertThat(ReportSettings.warningBands(store).upcomingDays()).isEqualTo(15);
        assertThat(store.settings().countingRule()).isEqualTo(new CountingRule(CountingRule.Basis.MEASURES, false,
                CountingRule.DoneWhen.CLOSED));
        assertThat(io.github.rectification.ledger.exchange.importer.CompletionDates.fromImportDate(store)).isTrue();
    }

    @Test
    void restoringABackupFromTheDialogBringsItsFiguresBack(FxRobot robot) throws Exception {
        openWindow(robot);
        LedgerStore store = window.session().store();
        LedgerFigures before = LedgerFigures.of(store.inspections().snapshot(), store.settings().countingRule(), LocalDate.now());
        Backup backup = store.backup(BackupKind.MANUAL);
        clickCell(robot, "开展养老机构安全隐患排查整治");
        robot.clickOn("#measureStatus");
        robot.clickOn("已完成");
        robot.clickOn("#applyButton");
        assertThat(store.inspections().measure(measureId).orElseThrow().status()).isEqualTo(Status.DONE);

        java.util.concurrent.Future<Void> dialogShown = WaitForAsyncUtils.asyncFx(() -> actions.restoreBackup());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<BackupRow> table = robot.lookup("#backupTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        BackupRow row = table.getItems().stream()
                .filter(r -> r.file().equals(backup.file())).findFirst().orElseThrow();
        assertThat(row.figures()).isEqualTo(before);
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#backupRestore");
        confirm(robot, "恢复");
        // the message says what was done, over a window that shows the restored ledger already
        waitUntil(() -> alert(robot, "information") != null);
        DialogPane info = alert(robot, "information");
        assertThat(info.getContentText()).contains("恢复");
        assertThat(((javafx.scene.control.Label) info.lookup(".content")).getText()).isEqualTo(info.getContentText());
        assertThat(info.lookup(".content").getLayoutBounds().getWidth()).isPositive();
        assertThat(robot.lookup("#restoreBackupDialog").tryQuery()).isEmpty();
        // the restore dialog's event loop has ended before the message: nothing waits under it
        assertThat(dialogShown).isDone();
        assertThat(robot.lookup("#ledgerTree").queryAs(javafx.scene.control.TreeView.class).getRoot()).isNotNull();
        closeInformation(robot);

        LedgerStore restored = window.session().store();
        assertThat(restored).isNotSameAs(store);
        assertThat(restored.inspections().measure(measureId).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(LedgerFigures.of(restored.inspections().snapshot(), restored.settings().countingRule(), LocalDate.now())).isEqualTo(before);
        assertThat(Backups.forLedger(file).list()).extracting(Backup::kind).contains(BackupKind.RESTORE);
    }

    @Test
    void restoringABackupFirstSettlesTheFormsChangesNotAppliedYet(FxRobot robot) throws Exception {
        openWindow(robot);
        LedgerStore store = window.session().store();
        store.backup(BackupKind.MANUAL);
        clickCell(robot, "开展养老机构安全隐患排查整治");
        robot.clickOn("#measureStatus");
        robot.clickOn("已完成");
        assertThat(window.formView().hasPendingChanges()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> actions.restoreBackup());
        waitUntil(() -> robot.lookup("#pendingCancel").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#pendingCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restoreBackupDialog").tryQuery()).isEmpty();
        assertThat(window.formView().hasPendingChanges()).isTrue();
        assertThat(window.session().store()).isSameAs(store);
        assertThat(store.inspections().measure(measureId).orElseThrow().status()).isNotEqualTo(Status.DONE);
        robot.clickOn("#cancelButton");
        assertThat(window.formView().hasPendingChanges()).isFalse();
    }

    @Test
    void aLedgerHeldByAnotherWindowOpensReadOnlyWithABanner(FxRobot robot) throws Exception {
        holder = LedgerStore.open(file);
        openWindow(robot);
        Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("只读：台账 台账.zgtz 正在另一个窗口");
        assertThat(window.session().store().readOnly()).isTrue();
    }

    @Test
    void aDroppedExcelFileIsImportedAfterABackupWithOneHistoryRowPerRecord(FxRobot robot) throws Exception {
        Path sample = Path.of(System.getProperty("samples.dir"), "seed-ledger.xlsx");
        openWindow(robot);
        WaitForAsyncUtils.asyncFx(() -> actions.importExcel(sample));
        waitUntil(() -> robot.lookup("#importConfirm").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn("#importConfirm");
        waitUntil(() -> robot.lookup("#importDoneClose").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn("#importDoneClose");
        LedgerStore store = window.session().store();
        waitUntil(() -> store.inspections().all().size() == 2);
        assertThat(Backups.forLedger(file).list()).extracting(Backup::kind).contains(BackupKind.IMPORT);
        Inspection imported = store.inspections().all().stream()
                .filter(i -> !i.name().equals("市委第一巡察组巡察市民政局")).findFirst().orElseThrow();
        List<HistoryEntry> h = store.history().historyOfInspection(imported.id());
        int records = store.inspections().problems(imported.id(), null).size();
        assertThat(h).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("import: seed-ledger.xlsx");
            assertThat(e.who()).isEqualTo("王科员");
            assertThat(e.action()).isEqualTo(ChangeAction.ADD);
        });
        assertThat(h.stream().map(e -> e.kind() + e.recordUid()).distinct().count()).isEqualTo(h.size());
        assertThat(records).isPositive();
        assertThat(h).filteredOn(e -> e.kind() == RecordKind.MEASURE).hasSize(store.inspections().snapshot().measures().size() - 1);
    }

    @Test
    void theComfortsAreInTheMenusWhereTheListOfActionsPutsThemWithTheirShortcuts(FxRobot robot) throws Exception {
        openWindow(robot);
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(bar.getMenus()).extracting(javafx.scene.control.Menu::getId)
                .containsExactly("menuFile", "menuEdit", "menuView", "menuReport", "menuHelp");
        assertThat(ids(bar.getMenus().get(0))).endsWith("menuFileConflicts", "menuFileReturnsRegister", "-",
                "menuFileRestoreBackup",
                "menuFileExportHistory", "-", "menuFileQuit");
        assertThat(ids(bar.getMenus().get(1))).endsWith("menuEditFind", "-", "menuEditRecord", "menuEditHistory",
                "menuEditSettings");
        assertThat(ids(bar.getMenus().get(4))).containsExactly("menuHelpShortcuts", "-", "menuHelpAbout");
        List<javafx.scene.control.MenuItem> items = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).toList();
        assertThat(items).extracting(javafx.scene.control.MenuItem::getId).doesNotHaveDuplicates();
        assertThat(items).filteredOn(i -> List.of("menuEditRecord", "menuEditHistory", "menuEditSettings")
                .contains(i.getId())).extracting(i -> i.getAccelerator().getName())
                .containsExactly("F2", "Shortcut+H", "Shortcut+Comma");
        // the banner sits under the menu bar, built with it
        assertThat(window.root().getTop()).isInstanceOf(javafx.scene.layout.VBox.class);
        assertThat(((javafx.scene.layout.VBox) window.root().getTop()).getChildren()).extracting(Node::getId)
                .containsExactly("menuBar", "readOnlyBanner");
    }

    private static List<String> ids(javafx.scene.control.Menu menu) {
        return menu.getItems().stream().map(i -> i instanceof javafx.scene.control.SeparatorMenuItem ? "-" : i.getId())
                .toList();
    }

    @Test
    void aboutShowsVersionLicenceAndTheLogFile(FxRobot robot) throws Exception {
        openWindow(robot);
        WaitForAsyncUtils.asyncFx(() -> actions.showAbout());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutLicence").queryAs(TextField.class).getText()).isEqualTo("Apache License 2.0");
        assertThat(robot.lookup("#aboutLog").queryAs(TextField.class).getText())
                .endsWith(Path.of("logs", "rectification-ledger.log").toString());
        assertThat(robot.lookup("#aboutBackups").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("台账.backups").toString());
        robot.clickOn("关闭");
    }

    @SuppressWarnings("unchecked")
    private static void clickCell(FxRobot robot, String contains) throws Exception {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        for (int depth = 0; depth < 3; depth++) {
            io.github.rectification.ledger.ui.TreeRobot.expandAll(tree);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(() -> robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(contains)).tryQuery().isPresent());
        Node cell = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(contains)).query();
        robot.clickOn(cell);
    }


    /** Waits for an information alert and clicks its OK button. */
    private static void closeInformation(FxRobot robot) {
        waitUntil(() -> alert(robot, "information") != null);
        DialogPane pane = alert(robot, "information");
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a confirmation and clicks its button with the given text. */
    private static void confirm(FxRobot robot, String button) {
        waitUntil(() -> alert(robot, "confirmation") != null);
        DialogPane pane = alert(robot, "confirmation");
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getText().equals(button)).findFirst()
                .orElseThrow();
        robot.clickOn(pane.lookupButton(type));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane alert(FxRobot robot, String styleClass) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getStyleClass().contains(styleClass) && p.getScene() != null
                        && p.getScene().getWindow().isShowing() && p.getWidth() > 0)
                .findFirst().orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
