package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.BadWorkbooks;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.exporter.ExportProgressWindow;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the window on the seed ledger, opened as a user opens it, checked (title, key
 * figures, no raw keys, nothing cut off, sized to its content) and pictured in
 * target/screenshots/tour-*.png.
 */
class ScreenTourTest {
    // one window for the whole tour: opening it for each screen would cost more than the screen
    @TempDir
    static Path dir;
    private static Path seed;
    private static MainWindow window;
    private static UiPreferences prefs;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();
    private LedgerStore holder;

    @BeforeAll
    static void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        seed = dir.resolve("巡察整改台账.zgtz");
        try (LedgerStore store = SeedLedger.create(seed)) {
            Problem first = store.inspections().problems(store.inspections().all().get(0).id(), null).get(0);
            store.registers().add(new AccountabilityRecord(0, "张某某", "养老服务科科长", "提醒谈话", first.id(),
                    LocalDate.of(2022, 3, 15)));
            store.registers().add(new InstitutionRecord(0, "《市民政局党组议事规则》", "温民党〔2022〕5号", InstitutionKind.REVISED,
                    LocalDate.of(2022, 4, 2), first.id(), null));
            Backups.forLedger(seed).make(store, BackupKind.MANUAL);
        }
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        prefs.storeUserName("王科员");
        window = fx(() -> {
            MainWindow w = MainWindow.show(stage, seed, prefs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            return w;
        });
        OpenedWindows.awaitOpen(window);
    }

    @AfterAll
    static void closeWindow() throws Exception {
        fx(() -> {
            window.close();
            return null;
        });
        prefs.node().removeNode();
    }

    /** Each screen starts from the seed ledger's tree with nothing else open. */
    @BeforeEach
    void backToTheLedger() throws Exception {
        if (!seed.equals(fx(() -> window.session().store().file()))) {
            openOther(seed);
        }
        fx(() -> {
            window.selectTab(0);
            stage.getScene().lookup("#ledgerTree").requestFocus();
            return null;
        });
        robot.targetWindow(stage);
    }

    @AfterEach
    void closeOthers() throws Exception {
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            return null;
        });
        if (holder != null) {
            holder.close();
        }
    }

    // ---------------------------------------------------------------- the main window's tabs

    @Test
    void ledgerWithAMeasureForm() throws Exception {
        Measure inProgress = fx(() -> {
            LedgerStore s = window.session().store();
            return s.inspections().problems(s.inspections().all().get(0).id(), null).stream().flatMap(p -> s.inspections().measures(p.id()).stream())
                    .filter(m -> m.status() == Status.IN_PROGRESS).findFirst().orElseThrow();
        });
        select(NodeKey.measure(inProgress.id()));
        assertThat(robot.lookup("#measureText").queryAs(TextArea.class).getText()).isEqualTo(inProgress.text());
        assertThat(robot.lookup("#measureStatus").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isEqualTo(Status.IN_PROGRESS);
        assertThat(robot.lookup("#measureText").queryAs(TextArea.class).isEditable()).isTrue();
        assertThat(robot.lookup("#applyButton").match(ScreenTourTest::shown).tryQuery()).isPresent();
        assertThat(statusFigures()).contains(Integer.toString(SeedLedger.MEASURES));
        shoot(stage, "tour-ledger-measure");
    }

    @Test
    void ledgerWithAProblemForm() throws Exception {
        Problem first = fx(() -> window.session().store().inspections().problems(
                window.session().store().inspections().all().get(0).id(), null).get(0));
        select(NodeKey.problem(first.id()));
        assertThat(robot.lookup("#problemTitle").queryAs(TextInputControl()).getText()).isEqualTo(first.title());
        shoot(stage, "tour-ledger-problem");
    }

    @Test
    void ledgerWithAnInspectionForm() throws Exception {
        long id = fx(() -> window.session().store().inspections().all().get(0).id());
        select(NodeKey.inspection(id));
        assertThat(robot.lookup("#inspectionName").queryAs(TextInputControl()).getText())
                .isEqualTo(SeedLedger.INSPECTION_NAME);
        shoot(stage, "tour-ledger-inspection");
    }

    @Test
    void accountabilityRegister() throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        TableView<?> table = robot.lookup("#accountabilityTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("张某某");
        assertThat(robot.lookup("#accountabilityPerson").queryAs(TextField.class).getText()).isEqualTo("张某某");
        // dates as the ledger writes them, whatever the system's language
        assertThat(robot.lookup("#accountabilityDate").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("2022-03-15");
        // no message: its line keeps its place, empty, so that the fields never move
        assertThat(robot.lookup(".register-view .form-message").<Node>queryAll())
                .isNotEmpty().allMatch(n -> n.isManaged() && !n.isVisible());
        shoot(stage, "tour-accountability");
    }

    @Test
    void institutionRegister() throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        TableView<?> table = robot.lookup("#institutionTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("《市民政局党组议事规则》");
        assertThat(robot.lookup("#institutionIssued").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("2022-04-02");
        shoot(stage, "tour-institutions");
    }

    @Test
    void dashboard() throws Exception {
        shortcut(robot, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figMeasures").tryQuery()
                .map(n -> ((Label) n).getText().equals(Integer.toString(SeedLedger.MEASURES))).orElse(false));
        assertThat(robot.lookup("#figProblems").queryAs(Label.class).getText())
                .isEqualTo(Integer.toString(SeedLedger.PROBLEMS));
        assertThat(robot.lookup("#figRate").queryAs(Label.class).getText()).isEqualTo("97.37%");
        assertThat(robot.lookup("#dashboardNoMeasures").queryAs(Label.class).isVisible()).isFalse();
        // every lead department named beside its bar
        StackedBarChart<?, ?> chart = robot.lookup("#departmentChart").queryAs(StackedBarChart.class);
        int departments = chart.getData().get(0).getData().size();
        Axis<?> names = chart.getYAxis() instanceof CategoryAxis ? chart.getYAxis() : chart.getXAxis();
        assertThat(departments).isGreaterThan(10);
        assertThat(names.getTickMarks()).hasSize(departments).allMatch(Axis.TickMark::isTextVisible);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("已完成", "长期坚持", "未完成");
        shoot(stage, "tour-dashboard");
    }

    @Test
    void welcomePaneOnAnEmptyLedger() throws Exception {
        Path empty = dir.resolve("空台账-" + UUID.randomUUID() + ".zgtz");
        LedgerStore.open(empty).close();
        openOther(empty);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcomePane").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#welcomeNewInspection").queryAs(Button.class).getText()).isEqualTo("新建巡察");
        assertThat(robot.lookup("#welcomeImport").queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("#welcomeNewInspection").queryAs(Button.class).isDisabled()).isFalse();
        shoot(stage, "tour-welcome");
    }

    @Test
    void welcomePaneOfAnEmptyLedgerOpenedReadOnly() throws Exception {
        Path empty = dir.resolve("另一窗口的空台账-" + UUID.randomUUID() + ".zgtz");
        holder = LedgerStore.open(empty);
        openOther(empty);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcomePane").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#readOnlyBanner").queryAs(Label.class).isVisible()).isTrue();
        // the next steps cannot be taken on a ledger that cannot be written
        assertThat(robot.lookup("#welcomeNewInspection").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#welcomeImport").queryAs(Button.class).isDisabled()).isTrue();
        shoot(stage, "tour-welcome-read-only");
    }

    @Test
    void readOnlyBanner() throws Exception {
        Path other = dir.resolve("另一窗口的台账-" + UUID.randomUUID() + ".zgtz");
        holder = SeedLedger.create(other);
        openOther(other);
        Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains(other.getFileName().toString());
        // nothing offers a change that cannot be written
        assertThat(robot.lookup("#addInspection").queryAs(Button.class).isDisabled()).isTrue();
        long measure = fx(() -> {
            LedgerStore s = window.session().store();
            return s.inspections().measures(s.inspections().problems(s.inspections().all().get(0).id(), null).get(0).id()).get(0).id();
        });
        select(NodeKey.measure(measure));
        assertThat(robot.lookup("#addMeasure").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteNode").queryAs(Button.class).isDisabled()).isTrue();
        // the form can be read and copied from, not changed
        assertThat(robot.lookup("#measureText").queryAs(TextArea.class).isEditable()).isFalse();
        assertThat(robot.lookup("#measureStatus").queryAs(Node.class).isMouseTransparent()).isTrue();
        assertThat(robot.lookup("#applyButton").match(ScreenTourTest::shown).tryQuery()).isEmpty();
        shoot(stage, "tour-read-only");
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(robot.lookup("#accountabilityAdd").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void menus() throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(ScreenChecks.rawTexts(bar.getMenus())).isEmpty();
        assertThat(bar.getMenus()).extracting(m -> m.getText())
                .containsExactly("文件(_F)", "编辑(_E)", "视图(_V)", "报表(_R)", "帮助(_H)");
        assertThat(bar.getMenus()).allMatch(javafx.scene.control.MenuItem::isMnemonicParsing);
        // Alt and the underlined letter open a menu, as in other Windows programs
        Set<Window> beforeAlt = windows();
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bar.getMenus().get(0).isShowing());
        Window file = newWindow(beforeAlt, false);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !file.isShowing());
        for (var menu : bar.getMenus()) {
            Set<Window> before = windows();
            robot.clickOn("#" + menu.getId());
            Window popup = newWindow(before, false);
            shoot(popup, "tour-menu-" + menu.getId().substring(4).toLowerCase(java.util.Locale.ROOT));
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !popup.isShowing());
        }
    }

    // ---------------------------------------------------------------- dialogs and windows

    @Test
    void settingsDialog() throws Exception {
        Set<Window> before = windows();
        shortcut(robot, KeyCode.COMMA);
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("设置");
        assertThat(robot.lookup("#settingsUserName").queryAs(TextField.class).getText()).isEqualTo("王科员");
        assertThat(robot.lookup("#settingsDueSoon").queryAs(TextField.class).getText()).matches("\\d+");
        // no empty line kept for a message while there is none
        assertThat(robot.lookup("#settingsError").queryAs(Label.class).isManaged()).isFalse();
        shoot(d, "tour-settings");
        closeDialog(robot, d);
    }

    @Test
    void aboutDialog() throws Exception {
        Set<Window> before = windows();
        robot.clickOn("帮助(H)").clickOn("关于");
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("关于整改台账");
        assertThat(robot.lookup("#aboutLedger").queryAs(TextField.class).getText())
                .isEqualTo(fx(() -> window.session().store().file().toString()));
        // a long path shows its end: the ledger file's name
        TextField ledger = robot.lookup("#aboutLedger").queryAs(TextField.class);
        assertThat(ledger.getCaretPosition()).isEqualTo(ledger.getLength());
        shoot(d, "tour-about");
        closeDialog(robot, d);
    }

    @Test
    void shortcutsHelp() throws Exception {
        Set<Window> before = windows();
        robot.type(KeyCode.F1);
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("快捷键");
        // every shortcut of the menus is listed, each on a line of its own
        List<String> listed = fx(() -> d.getScene().getRoot().lookupAll(".shortcut-keys").stream()
                .map(n -> ((Label) n).getText()).toList());
        List<String> accelerators = fx(() -> menuItems(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus())
                .stream().filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText())
                .toList());
        assertThat(accelerators).hasSizeGreaterThan(20);
        assertThat(accelerators).allSatisfy(a -> assertThat(listed).anyMatch(l -> l.equals(a) || l.endsWith(" " + a)));
        shoot(d, "tour-shortcuts");
        closeDialog(robot, d);
    }

    @Test
    void historyOfAMeasure() throws Exception {
        Measure m = firstMeasure();
        select(NodeKey.measure(m.id()));
        Set<Window> before = windows();
        shortcut(robot, KeyCode.H);
        Stage d = newStage(before);
        assertThat(d.getTitle()).startsWith("修改记录").contains(m.text().substring(0, 8));
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        // the time in full
        assertThat(fx(() -> table.lookupAll(".table-cell").stream().map(n -> ScreenChecks.shown((Labeled) n)).toList()))
                .anyMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        shoot(d, "tour-history");
        closeDialog(robot, d);
    }

    @Test
    void deleteConfirmation() throws Exception {
        Measure m = firstMeasure();
        select(NodeKey.measure(m.id()));
        Set<Window> before = windows();
        robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("确认删除");
        assertThat(dialogPane(d).getContentText()).contains(m.text().substring(0, 20));
        shoot(d, "tour-delete-confirmation");
        closeDialog(robot, d);
        assertThat(fx(() -> window.session().store().inspections().measure(m.id()))).isPresent();
    }

    @Test
    void restoreBackupDialog() throws Exception {
        Set<Window> before = windows();
        robot.clickOn("#menuFile").clickOn("恢复备份…");
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("恢复备份");
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.clickOn(table.lookup(".table-row-cell"));
        shoot(d, "tour-restore-backup");
        assertThat(cellTexts(table)).contains(Integer.toString(SeedLedger.MEASURES), "手动");
        // figures right-aligned
        assertThat(fx(() -> table.lookupAll(".table-cell").stream().map(n -> (Labeled) n)
                .filter(c -> Integer.toString(SeedLedger.MEASURES).equals(c.getText())).toList()))
                .isNotEmpty().allMatch(c -> c.getAlignment() == javafx.geometry.Pos.CENTER_RIGHT);
        closeDialog(robot, d);
    }

    @Test
    void warningBandsDialog() throws Exception {
        Set<Window> before = windows();
        robot.clickOn("#menuReport").clickOn("时限预警天数…");
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("时限预警天数");
        assertThat(robot.lookup("#bandDueSoon").tryQuery()).isPresent();
        // worded as in the settings
        assertThat(fx(() -> d.getScene().getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .toList())).contains("黄色预警（到期前天数）", "蓝色预警（到期前天数）");
        shoot(d, "tour-warning-bands");
        closeDialog(robot, d);
    }

    @Test
    void printPreview() throws Exception {
        Set<Window> before = windows();
        shortcut(robot, KeyCode.P);
        Stage d = newStage(before, 30);
        assertThat(d.getTitle()).startsWith("打印预览");
        assertThat(fx(() -> window.reportActions().printPreviewWindow().pageCount())).isPositive();
        assertThat(robot.lookup("#previewPageCount").queryAs(Label.class).getText())
                .isEqualTo("共 " + fx(() -> window.reportActions().printPreviewWindow().pageCount()) + " 页（A4）");
        shoot(d, "tour-print-preview");
    }

    @Test
    void noticeEditorAndItsClosing() throws Exception {
        Set<Window> before = windows();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Stage d = newStage(before, 20);
        assertThat(d.getTitle()).startsWith("整改落实情况通报");
        String text = robot.lookup("#noticeText").queryAs(TextArea.class).getText();
        assertThat(text).contains("97.37%");
        assertThat(robot.lookup("#noticeFindings").queryAs(ListView.class).getItems()).isEmpty();
        shoot(d, "tour-notice");

        Set<Window> withNotice = windows();
        robot.clickOn("#noticeEditClosing");
        Stage closing = newStage(withNotice);
        assertThat(robot.lookup("#closingTemplate").queryAs(TextArea.class).getText()).isNotBlank();
        shoot(closing, "tour-notice-closing");
        closeDialog(robot, closing);
    }

    @Test
    void importPreview() throws Exception {
        Path sample = Path.of(System.getProperty("samples.dir"), "seed-ledger.xlsx");
        var dialog = fx(() -> window.importActions().importFile(sample));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importConfirm").tryQuery()
                .filter(Node::isVisible).isPresent());
        Stage d = dialog.stage();
        assertThat(d.getTitle()).isEqualTo("导入 seed-ledger.xlsx");
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("38");
        // long lines end in … within the list instead of running off to the right
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> d.getScene().lookup("#importAddedList") != null);
        ListView<?> added = (ListView<?>) d.getScene().lookup("#importAddedList");
        // the cells are laid out on a later pulse than the list appears
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> widestCell(added) > 0);
        assertThat(widestCell(added)).isLessThanOrEqualTo(fx(added::getWidth));
        shoot(d, "tour-import-preview");
        robot.clickOn("#importCancel");
    }

    private static double widestCell(ListView<?> list) throws Exception {
        return fx(() -> list.lookupAll(".list-cell").stream().mapToDouble(n -> ((Region) n).getWidth()).max()
                .orElse(0));
    }

    @Test
    void exportProgress() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundTask<Void> task = new BackgroundTask<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage(io.github.rectification.ledger.ui.common.Localization.lang("export.running",
                        "巡察整改台账.xlsx"));
                updateProgress(12, 38);
                release.await(20, TimeUnit.SECONDS);
                return null;
            }
        };
        Set<Window> before = windows();
        fx(() -> {
            ExportProgressWindow.show(stage, task);
            return window.executor().execute(task);
        });
        Stage d = newStage(before);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportProgress")
                .queryAs(ProgressBar.class).getProgress() > 0.3);
        assertThat(d.getTitle()).isEqualTo("导出 Excel 台账");
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText()).contains("巡察整改台账.xlsx");
        shoot(d, "tour-export-progress");
        robot.clickOn("#exportCancel");
        release.countDown();
        assertThat(task.isCancelled()).isTrue();
    }

    @Test
    void errorOnOpeningAFileThatIsNoLedger() throws Exception {
        Path bad = dir.resolve("会议纪要.zgtz");
        java.nio.file.Files.writeString(bad, "不是台账");
        Set<Window> before = windows();
        fx(() -> window.fileActions().open(bad));
        Stage d = newStage(before);
        assertThat(d.getTitle()).isEqualTo("出错了");
        assertThat(dialogPane(d).getContentText()).contains("会议纪要.zgtz").contains("不是整改台账文件");
        assertThat(dialogPane(d).getExpandableContent()).isNotNull();
        shoot(d, "tour-error");
        Node details = fx(() -> d.getScene().getRoot().lookup(".details-button"));
        robot.clickOn(details);
        assertThat(((Labeled) details).getText()).isEqualTo("隐藏技术细节");
        assertThat(dialogPane(d).isExpanded()).isTrue();
        shoot(d, "tour-error-details");
        closeDialog(robot, d);
        assertThat(fx(() -> window.session().store().file())).isEqualTo(seed);
    }

    @Test
    void changesNotAppliedWhenLeavingARecord() throws Exception {
        Measure m = firstMeasure();
        select(NodeKey.measure(m.id()));
        robot.clickOn("#measureRemarks").write("待补充佐证材料");
        Set<Window> before = windows();
        Node inspection = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().startsWith(SeedLedger.INSPECTION_NAME)).query();
        robot.clickOn(inspection);
        Stage d = newStage(before);
        assertThat(dialogPane(d).getContentText()).isNotBlank();
        assertThat(dialogPane(d).getButtonTypes()).hasSize(3);
        shoot(d, "tour-pending-changes");
        robot.clickOn("#pendingDiscard");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !d.isShowing());
        assertThat(fx(() -> window.formView().hasPendingChanges())).isFalse();
    }

    @Test
    void importOfAWorkbookWithAPassword() throws Exception {
        Path locked = BadWorkbooks.encrypted(dir, Path.of(System.getProperty("samples.dir"), "seed-ledger.xlsx"),
                "pw2022");
        var dialog = fx(() -> window.importActions().importFile(locked));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.stage().getScene().lookup("#importPassword")
                != null);
        assertThat(robot.lookup("#importPasswordOpen").queryAs(Button.class).getText()).isNotBlank();
        assertInTheMiddle(dialog.stage().getScene().lookup("#importPassword").getParent());
        shoot(dialog.stage(), "tour-import-password");
    }

    @Test
    void importOfAFileThatIsNoWorkbook() throws Exception {
        Path csv = BadWorkbooks.csvRenamed(dir);
        var dialog = fx(() -> window.importActions().importFile(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.stage().getScene().lookup("#importError")
                != null);
        assertThat(((Label) dialog.stage().getScene().lookup("#importError")).getText()).contains(csv.getFileName()
                .toString());
        assertInTheMiddle(dialog.stage().getScene().lookup("#importError").getParent());
        shoot(dialog.stage(), "tour-import-refused");
        robot.clickOn("#importClose");
    }

    @Test
    void searchWithoutHits() throws Exception {
        robot.clickOn("#searchField").write("不存在的整改内容").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.treeViewModel().hitsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // the empty tree says why it is empty
        assertThat(robot.lookup("#treeNoHits").queryAs(Label.class).isVisible()).isTrue();
        shoot(stage, "tour-search-no-hits");
        fx(() -> {
            window.treeViewModel().filterTextProperty().set("");
            window.treeViewModel().applyFilter();
            return null;
        });
        assertThat(robot.lookup("#treeNoHits").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aMeasureFormWithAnError() throws Exception {
        Measure m = firstMeasure();
        select(NodeKey.measure(m.id()));
        TextArea text = robot.lookup("#measureText").queryAs(TextArea.class);
        robot.clickOn(text).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#formMessage")
                .queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#applyButton").queryAs(Button.class).isDisabled()).isTrue();
        // rows as wide as the tree: no scroll bar beneath it
        TreeView<?> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        assertThat(fx(() -> tree.lookupAll(".scroll-bar").stream().filter(n -> n.isVisible()
                && ((javafx.scene.control.ScrollBar) n).getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .count())).isZero();
        shoot(stage, "tour-measure-error");
        robot.clickOn("#cancelButton");
        assertThat(text.getText()).isEqualTo(m.text());
    }

    @Test
    void exportDone() throws Exception {
        Path target = dir.resolve("导出的台账.xlsx");
        fx(() -> window.exportActions().export(target));
        // the progress window closes, and the message says where the ledger went
        Stage[] done = new Stage[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            done[0] = fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()
                    && w.getScene().getRoot() instanceof DialogPane p && p.getContentText() != null
                    && p.getContentText().contains("导出的台账.xlsx")).map(w -> (Stage) w).findFirst().orElse(null));
            return done[0] != null;
        });
        Stage d = done[0];
        assertThat(d.getTitle()).isEqualTo("导出 Excel 台账");
        assertThat(dialogPane(d).getContentText()).contains(Integer.toString(SeedLedger.MEASURES));
        shoot(d, "tour-export-done");
        closeDialog(robot, d);
    }

    @Test
    void dashboardOfAnEmptyLedger() throws Exception {
        Path empty = dir.resolve("空白台账.zgtz");
        LedgerStore.open(empty).close();
        openOther(empty);
        shortcut(robot, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figMeasures").tryQuery()
                .map(n -> ((Label) n).getText().equals("0")).orElse(false));
        assertThat(robot.lookup("#dashboardNoMeasures").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#statusChart").queryAs(Node.class).getParent().isVisible()).isFalse();
        shoot(stage, "tour-dashboard-empty");
    }

    @Test
    void importPreviewOfThreeRounds() throws Exception {
        Path sample = Path.of(System.getProperty("samples.dir"), "synthetic-500.xlsx");
        var dialog = fx(() -> window.importActions().importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.stage().getScene().lookup("#importConfirm")
                != null);
        assertThat(((Label) dialog.stage().getScene().lookup("#importSummary")).getText()).contains("500");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> dialog.stage().getScene()
                .lookup("#importWarnings") != null));
        robot.clickOn(fx(() -> dialog.stage().getScene().lookup("#importWarnings")));
        TableView<?> warnings = (TableView<?>) fx(() -> dialog.stage().getScene().lookup("#importWarningsTable"));
        assertThat(((Label) warnings.getPlaceholder()).getText()).startsWith("没有提示");
        shoot(dialog.stage(), "tour-import-warnings");
    }

    // ---------------------------------------------------------------- helpers

    private static Class<javafx.scene.control.TextInputControl> TextInputControl() {
        return javafx.scene.control.TextInputControl.class;
    }

    /** A short message sits in the middle of its window, not in the top corner of an empty one. */
    private static void assertInTheMiddle(Node box) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = fx(() -> box.localToScene(box.getLayoutBounds()));
        double width = box.getScene().getWidth();
        double height = box.getScene().getHeight();
        assertThat(Math.abs(bounds.getCenterX() - width / 2)).isLessThan(width / 10);
        assertThat(Math.abs(bounds.getCenterY() - height / 2)).isLessThan(height / 10);
    }

    /** The node and all its parents are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<MenuItem> menuItems(List<? extends MenuItem> items) {
        List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem i : items) {
            all.add(i);
            if (i instanceof Menu m) {
                all.addAll(menuItems(m.getItems()));
            }
        }
        return all;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private Measure firstMeasure() throws Exception {
        return fx(() -> {
            LedgerStore s = window.session().store();
            return s.inspections().measures(s.inspections().problems(s.inspections().all().get(0).id(), null).get(0).id()).get(0);
        });
    }

    private void select(NodeKey key) throws Exception {
        fx(() -> {
            window.treeViewModel().select(key);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> key.equals(window.formView().shown()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openOther(Path file) throws Exception {
        fx(() -> window.fileActions().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().isOpen()
                && window.session().store().file().equals(file) && !window.fileActions().openingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String statusFigures() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusFigures").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("%")).orElse(false));
        return robot.lookup("#statusFigures").queryAs(Labeled.class).getText();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<Window> windows() throws Exception {
        return fx(() -> new HashSet<>(Window.getWindows()));
    }

    private static Stage newStage(Set<Window> before) throws Exception {
        return newStage(before, 10);
    }

    private static Stage newStage(Set<Window> before, int seconds) throws Exception {
        return (Stage) newWindow(before, true, seconds);
    }

    private static Window newWindow(Set<Window> before, boolean stage) throws Exception {
        return newWindow(before, stage, 10);
    }

    /** The window opened since {@code before} (a stage, or else a popup such as a menu). */
    private static Window newWindow(Set<Window> before, boolean stage, int seconds) throws Exception {
        Window[] found = new Window[1];
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            found[0] = fx(() -> Window.getWindows().stream()
                    .filter(w -> !before.contains(w) && w.isShowing() && (w instanceof Stage) == stage)
                    .findFirst().orElse(null));
            return found[0] != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return found[0];
    }

    private static DialogPane dialogPane(Stage d) {
        return (DialogPane) d.getScene().getRoot();
    }

    /** Writes the window's picture, then checks it. */
    private static void shoot(Window w, String name) throws Exception {
        Screenshots.write(w.getScene(), name);
        ScreenChecks.check(w);
    }

    /** Closes a dialog with its Cancel or Close button, as a user does. */
    private static void closeDialog(FxRobot robot, Stage d) throws Exception {
        DialogPane pane = dialogPane(d);
        ButtonType close = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData().isCancelButton() || b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElse(pane.getButtonTypes().get(0));
        robot.clickOn(pane.lookupButton(close));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !d.isShowing());
    }

    private static List<String> cellTexts(Parent table) {
        return table.lookupAll(".table-cell").stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null).toList();
    }
}
