package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.report.NoticeEditor;
import io.github.rectification.ledger.ui.report.PrintPreview;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard on the notice's ledger with three measures still open: one overdue, one due within
 * 10 days, one within 20; its figures match the ledger, a click on a warning selects the measure in
 * the tree, and a change of the counting rule through the Report menu shows at once.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {
    @TempDir
    Path dir;
    private MainWindow window;
    private UiPreferences prefs;
    private Stage stage;
    private Path file;
    private long dueSoon;
    private long upcoming;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("通报台账.zgtz");
        LocalDate today = LocalDate.now();
        try (LedgerStore store = LedgerStore.open(file)) {
            NoticeLedger.build(store, 4);
            List<Measure> all = store.inspections().snapshot().measures();
            dueSoon = reopen(store, all.get(11), today.plusDays(5));
            upcoming = reopen(store, all.get(57), today.plusDays(15));
            // one done measure without its completion date: the print preview asks to check it
            Measure d = all.get(20);
            store.inspections().update(MeasureBuilder.from(d).completedOn(null).build());
        }
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        window = MainWindow.show(stage, file, prefs);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private static long reopen(LedgerStore store, Measure m, LocalDate deadline) {
        store.inspections().update(MeasureBuilder.from(m).deadline(Deadline.on(deadline)).status(Status.IN_PROGRESS)
                .completedOn(null).build());
        return m.id();
    }

    @BeforeEach
    void awaitOpen() throws Exception {
        OpenedWindows.awaitOpen(window);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        prefs.node().removeNode();
    }

    @Test
    void theDashboardCountsAsOfTheReportingDateWhenItIsChosen(FxRobot robot) throws Exception {
        robot.clickOn("#menuView").clickOn("#menuViewDashboard");
        waitUntil(() -> text(robot, "#figRate").endsWith("%"));
        LocalDate today = LocalDate.now();
        assertThat(text(robot, "#asOfText"))
                .isEqualTo("截至" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        assertThat(text(robot, "#figOverdue")).isEqualTo("1");

        robot.clickOn("#asOfOffers");
        robot.clickOn("填报日期 2022年7月28日（市委第一巡察组巡察“回头看”）");
        waitUntil(() -> text(robot, "#asOfText").equals("截至2022年7月28日"));
        LedgerFigures asOf;
        try (LedgerStore store = LedgerStore.openReadOnly(file)) {
            asOf = LedgerFigures.of(store.inspections().snapshot(), store.settings().countingRule(), NoticeLedger.DAY);
        }
        // the two measures reopened with deadlines after today are not overdue on the reporting date either
        waitUntil(() -> text(robot, "#figOverdue").equals(Integer.toString(asOf.overdue())));
        assertThat(robot.lookup("#asOfDate").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(NoticeLedger.DAY);
        assertThat(window.dashboardViewModel().referenceDay().get()).isEqualTo(NoticeLedger.DAY);

        // a day typed into the picker counts too
        javafx.scene.control.DatePicker picker = robot.lookup("#asOfDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(picker.getEditor()).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write("2030-01-01").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> text(robot, "#asOfText").equals("截至2030年1月1日"));
        waitUntil(() -> text(robot, "#figOverdue").equals("3"));
    }

    @Test
    void figuresMatchTheLedgerAndAWarningSelectsItsMeasure(FxRobot robot) throws Exception {
        robot.clickOn("#menuView").clickOn("#menuViewDashboard");
        waitUntil(() -> text(robot, "#figRate").endsWith("%"));

        LedgerFigures f;
        try (LedgerStore store = LedgerStore.openReadOnly(file)) {
            f = LedgerFigures.of(store.inspections().snapshot(), store.settings().countingRule(), LocalDate.now());
        }
        assertThat(text(robot, "#figProblems")).isEqualTo(Integer.toString(f.problems())).isEqualTo("29");
        assertThat(text(robot, "#figMeasures")).isEqualTo(Integer.toString(f.measures())).isEqualTo("145");
        assertThat(text(robot, "#figDone")).isEqualTo(Integer.toString(f.measuresCountedDone())).isEqualTo("142");
        assertThat(text(robot, "#figRate")).isEqualTo(f.rate().formatted()).isEqualTo("97.93%");
        assertThat(text(robot, "#figUnfinished")).isEqualTo("3");
        assertThat(text(robot, "#figOverdue")).isEqualTo(Integer.toString(f.overdue())).isEqualTo("1");
        assertThat(text(robot, "#figRule")).contains("按整改措施计算").contains("含长期坚持4条");
        // one name per figure: the card, the status bar and the pie agree on what 已完成 and 计为完成 count
        assertThat(text(robot, "#figDoneCaption")).isEqualTo("计为完成（含长期坚持）（条）");
        waitUntil(() -> text(robot, "#statusFigures").contains("计为完成（含长期坚持） 142 条"));
        assertThat(text(robot, "#statusFigures")).doesNotContain("已完成");
        javafx.scene.chart.PieChart pie = robot.lookup("#statusChart").queryAs(javafx.scene.chart.PieChart.class);
        assertThat(pie.getData()).extracting(javafx.scene.chart.PieChart.Data::getName)
                .contains("已完成 " + f.count(Status.DONE)).contains("长期坚持 4");

        // three warnings in each list, in their bands
        assertThat(warningCells(robot, "#warningsByDepartment")).contains(NoticeLedger.OPEN_MEASURE,
                "问题3的第2条整改措施", "问题12的第3条整改措施");
        assertThat(warningCells(robot, "#warningsByLeader")).contains(NoticeLedger.OPEN_MEASURE);
        assertThat(warningCells(robot, "#warningsByDepartment")).anyMatch(t -> t.startsWith("临期 剩余5天"))
                .anyMatch(t -> t.startsWith("预警 剩余15天")).anyMatch(t -> t.startsWith("逾期"));
        Path png = Screenshots.write(stage.getScene(), "dashboard");
        assertThat(Files.size(png)).isGreaterThan(10_000);

        // a click on a warning shows its measure in the ledger tree
        robot.clickOn(cell(robot, "#warningsByDepartment", "问题3的第2条整改措施"));
        waitUntil(() -> window.treeViewModel().selectedKey().equals(java.util.Optional.of(NodeKey.measure(dueSoon))));
        assertThat(window.tabs().getSelectionModel().getSelectedIndex()).isZero();
        // the tree marks the measure's band
        waitUntil(() -> robot.lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && String.valueOf(c.getText()).contains("问题3的第2条整改措施")).tryQuery().isPresent());
        Node treeCell = robot.lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && String.valueOf(c.getText()).contains("问题3的第2条整改措施")).query();
        assertThat(treeCell.getStyleClass()).contains("due-soon-text");

        robot.clickOn("#menuView").clickOn("#menuViewDashboard");
        robot.clickOn(cell(robot, "#warningsByLeader", "问题12的第3条整改措施"));
        waitUntil(() -> window.treeViewModel().selectedKey().equals(java.util.Optional.of(NodeKey.measure(upcoming))));

        // the counting rule, changed in the Report menu, is stored and counted at once
        robot.clickOn("#menuView").clickOn("#menuViewDashboard");
        robot.clickOn("#menuReport").clickOn("#menuReportRule");
        waitUntil(() -> robot.lookup("#menuRuleProblems").match(DashboardWindowTest::shown).tryQuery().isPresent());
        // into the submenu sideways first, so the pointer does not cross the items below
        Node measuresItem = robot.lookup("#menuRuleMeasures").match(DashboardWindowTest::shown).query();
        robot.moveTo(measuresItem);
        Node problems = robot.lookup("#menuRuleProblems").match(DashboardWindowTest::shown).query();
        robot.clickOn(problems);
        waitUntil(() -> text(robot, "#figRule").contains("按问题计算"));
        assertThat(text(robot, "#figRate")).isEqualTo("89.66%"); // 26 of 29 problems
        assertThat(window.session().store().settings().countingRule()).isEqualTo(new CountingRule(CountingRule.Basis.PROBLEMS,
                true));

        // done measures counted only once struck off: none is, so no problem is done; the basis stays
        robot.clickOn("#menuReport").clickOn("#menuReportRule");
        waitUntil(() -> robot.lookup("#menuRuleClosedOnly").match(DashboardWindowTest::shown).tryQuery().isPresent());
        Node firstItem = robot.lookup("#menuRuleMeasures").match(DashboardWindowTest::shown).query();
        robot.moveTo(firstItem);
        Node closedOnly = robot.lookup("#menuRuleClosedOnly").match(DashboardWindowTest::shown).query();
        robot.clickOn(closedOnly);
        waitUntil(() -> text(robot, "#figRule").contains("以销号为准计为已完成"));
        assertThat(text(robot, "#figRate")).isEqualTo("0.00%");
        assertThat(window.session().store().settings().countingRule()).isEqualTo(new CountingRule(CountingRule.Basis.PROBLEMS,
                true, CountingRule.DoneWhen.CLOSED));
    }

    @Test
    void theQualityCheckListsItsFindingsAndAClickGoesToTheMeasure(FxRobot robot) throws Exception {
        robot.clickOn("#menuView").clickOn("#menuViewDashboard");
        waitUntil(() -> text(robot, "#qualityHeading").startsWith("数据质量："));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<io.github.rectification.ledger.ui.report.QualityList.Line> list = robot.lookup("#qualityChecks")
                .queryAs(javafx.scene.control.TreeView.class);
        javafx.scene.control.TreeItem<io.github.rectification.ledger.ui.report.QualityList.Line> kind = list.getRoot().getChildren().stream()
                .filter(k -> k.getValue().text().contains("未填完成时间")).findFirst().orElseThrow();
        assertThat(kind.getChildren()).hasSize(1);
        long measure = kind.getChildren().get(0).getValue().finding().measureId();
        robot.interact(() -> {
            kind.setExpanded(true);
            list.scrollTo(list.getRow(kind.getChildren().get(0)));
            list.getSelectionModel().select(kind.getChildren().get(0));
            ((javafx.scene.control.ScrollPane) robot.lookup("#dashboard").query()).setVvalue(1.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(list.getScene(), "dashboard-quality");
        robot.clickOn(robot.from(list).lookup(".tree-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TreeCell<?>) n).getItem() == kind.getChildren().get(0).getValue())
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.treeViewModel().selectedKey()).contains(
                io.github.rectification.ledger.ui.session.NodeKey.measure(measure));

        // put right, the finding goes
        Measure m = window.session().store().inspections().measure(measure).orElseThrow();
        robot.interact(() -> window.session().run(new io.github.rectification.ledger.ui.session.EditCommand(m,
                MeasureBuilder.from(m).completedOn(LocalDate.of(2022, 6, 30)).build())));
        robot.interact(() -> window.selectTab(MainWindow.DASHBOARD_TAB));
        waitUntil(() -> list.getRoot().getChildren().stream().noneMatch(k -> k.getValue().text().contains("未填完成时间")));
    }

    @Test
    void printPreviewShowsTheSummaryPagesAndTheNoticeDraftIsChecked(FxRobot robot) throws Exception {
        robot.clickOn("#menuReport").clickOn("#menuReportPreview");
        waitUntil(() -> window.reportActions().printPreviewWindow() != null
                && window.reportActions().printPreviewWindow().stage().isShowing());
        PrintPreview preview = window.reportActions().printPreviewWindow();
        // the pages are laid out after the window shows: wait for their count, on a busy machine too
        waitUntil(() -> robot.from(preview.stage().getScene().getRoot()).lookup("#previewPageCount").tryQuery().isPresent());
        assertThat(preview.pageCount()).isGreaterThanOrEqualTo(1);
        assertThat(robot.from(preview.stage().getScene().getRoot()).lookup("#previewPageCount").queryLabeled()
                .getText()).contains(Integer.toString(preview.pageCount()));
        assertThat(robot.from(preview.stage().getScene().getRoot()).lookup("#previewChecks").queryLabeled().getText())
                .startsWith("打印前请核对台账中的 1 处问题：").contains("问题5的第1条整改措施").contains("未填完成时间");
        Screenshots.write(preview.stage().getScene(), "print-preview");
        WaitForAsyncUtils.asyncFx(() -> preview.stage().close()).get(5, TimeUnit.SECONDS);

        robot.clickOn("#menuReport").clickOn("#menuReportNotice");
        waitUntil(() -> window.reportActions().noticeEditor() != null
                && window.reportActions().noticeEditor().stage().isShowing());
        NoticeEditor editor = window.reportActions().noticeEditor();
        Node root = editor.stage().getScene().getRoot();
        TextArea area = robot.from(root).lookup("#noticeText").queryAs(TextArea.class);
        assertThat(area.getText()).contains("整改完成率97.93%").contains("尚未整改到位3个问题（3条整改措施）");
        @SuppressWarnings("unchecked")
        ListView<String> findings = robot.from(root).lookup("#noticeFindings").queryAs(ListView.class);
        // the ledger's own finding is listed; the drafted figures agree with the ledger
        assertThat(findings.getItems()).containsExactly("措施“问题5的第1条整改措施”标为已完成，但未填完成时间");
        assertThat(editor.mismatches()).isZero();

        // type a wrong rate into the draft: the check names it
        WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getText().indexOf("97.93%");
            area.selectRange(at, at + 5);
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn(area);
        WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getText().indexOf("97.93%");
            area.selectRange(at, at + 5);
        }).get(5, TimeUnit.SECONDS);
        robot.write("99.13");
        waitUntil(() -> findings.getItems().stream().anyMatch(s -> s.contains("99.13%") && s.contains("97.93%")));
        assertThat(editor.mismatches()).isEqualTo(1);
        Screenshots.write(editor.stage().getScene(), "notice-editor");
        WaitForAsyncUtils.asyncFx(() -> editor.stage().close()).get(5, TimeUnit.SECONDS);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static List<String> warningCells(FxRobot robot, String list) {
        return robot.lookup(list + " .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && !t.isEmpty()).map(Object::toString).toList();
    }

    private static Node cell(FxRobot robot, String list, String text) {
        return robot.lookup(list + " .tree-table-cell").match(n -> n instanceof TreeTableCell<?, ?> c
                && n.getScene() != null && n.isVisible() && text.equals(c.getText())).query();
    }

    private static boolean shown(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.isVisible();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
