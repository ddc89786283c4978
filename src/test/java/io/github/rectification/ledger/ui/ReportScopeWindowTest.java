package io.github.rectification.ledger.ui;

import static io.github.rectification.ledger.ui.LedgerWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.report.NoticeEditor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
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
 * The reports count the inspections the user chooses: on a ledger of two inspections the dashboard
 * counts both, then the one chosen in its scope menu, and the notice drafted from the Report menu
 * reports that one only; the Report menu's scope menu goes back to the whole ledger.
 */
@ExtendWith(ApplicationExtension.class)
class ReportScopeWindowTest {
    static final String SECOND = "2023年常规巡察";
    static final String SECOND_PROBLEM = "第二轮反馈的事项不清";

    @TempDir
    Path dir;
    private LedgerWindow shown;
    private MainWindow window;
    private long second;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("两轮.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            NoticeLedger.build(store, 4);
            second = store.inspections().add(Inspection.draft(SECOND)).id();
            Problem p = store.inspections().add(new Problem(0, second, null, "(一)", "其他方面", SECOND_PROBLEM, "", 0));
            store.inspections().add(MeasureBuilder.under(p.id()).text("第二轮的整改措施").department("办公室")
                    .status(Status.IN_PROGRESS).deadline(Deadline.longTerm()).build());
        }
        shown = LedgerWindow.show(stage, file);
        window = shown.window;
    }

    @BeforeEach
    void awaitOpen() throws Exception {
        shown.awaitOpen();
    }

    @AfterEach
    void tearDown() throws Exception {
        shown.close();
    }

    @Test
    void theDashboardAndTheNoticeCountTheInspectionChosen(FxRobot robot) throws Exception {
        robot.clickOn("#menuView").clickOn("#menuViewDashboard");
        waitUntil(() -> text(robot, "#figProblems").equals("30"));
        assertThat(text(robot, "#scopeChoice")).isEqualTo("统计范围：全部巡察（整个台账）");

        robot.clickOn("#scopeChoice").clickOn(SECOND);
        waitUntil(() -> text(robot, "#figProblems").equals("1"));
        assertThat(text(robot, "#figMeasures")).isEqualTo("1");
        assertThat(text(robot, "#scopeChoice")).isEqualTo("统计范围：" + SECOND);
        assertThat(window.reportActions().scope().get()).isEqualTo(ReportScope.of(second));
        // the department bars are those of the inspection, not those counted before
        @SuppressWarnings("unchecked")
        javafx.scene.chart.XYChart<Number, String> chart =
                robot.lookup("#departmentChart").queryAs(javafx.scene.chart.XYChart.class);
        waitUntil(() -> chart.getYAxis().getTickMarks().stream().map(t -> t.getValue()).toList()
                .equals(java.util.List.of("办公室")));
        Screenshots.write(robot.lookup("#scopeChoice").query().getScene(), "dashboard-scope");

        robot.clickOn("#menuReport").clickOn("#menuReportNotice");
        waitUntil(() -> window.reportActions().noticeEditor() != null
                && window.reportActions().noticeEditor().stage().isShowing());
        NoticeEditor editor = window.reportActions().noticeEditor();
        TextArea area = robot.from(editor.stage().getScene().getRoot()).lookup("#noticeText").queryAs(TextArea.class);
        assertThat(area.getText()).contains(SECOND_PROBLEM, "反馈的1个问题").doesNotContain(NoticeLedger.OPEN_PROBLEM);
        WaitForAsyncUtils.asyncFx(() -> editor.stage().close()).get(5, TimeUnit.SECONDS);

        robot.clickOn("#menuReport").clickOn("#menuReportScope").clickOn("全部巡察（整个台账）");
        waitUntil(() -> text(robot, "#figProblems").equals("30"));
        assertThat(window.reportActions().scope().get().isWhole()).isTrue();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}
