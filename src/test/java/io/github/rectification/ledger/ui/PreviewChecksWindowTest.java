package io.github.rectification.ledger.ui;

import static io.github.rectification.ledger.ui.LedgerWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.report.NoticeEditor;
import io.github.rectification.ledger.ui.report.PrintPreview;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
 * A ledger imported without 完成时间: its many done measures without a date are one line above the
 * print preview, not a page of lines, and the office can choose not to be told again in this
 * ledger; then neither the preview nor the notice's checks name them.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewChecksWindowTest {
    static final int UNDATED = 12;

    @TempDir
    Path dir;
    private LedgerWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("无完成时间.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            NoticeLedger.build(store, 4);
            List<Measure> done = store.inspections().snapshot().measures().stream().filter(m -> m.status() == Status.DONE).toList();
            for (Measure m : done.subList(0, UNDATED)) {
                store.inspections().update(MeasureBuilder.from(m).completedOn(null).build());
            }
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
    void manyFindingsOfAKindAreOneLineAndCanBeMutedForTheLedger(FxRobot robot) throws Exception {
        PrintPreview preview = openPreview(robot);
        Labeled checks = robot.from(preview.stage().getScene().getRoot()).lookup("#previewChecks").queryLabeled();
        assertThat(checks.getText().lines().toList()).containsExactly("打印前请核对台账中的 " + UNDATED + " 处问题：",
                checks.getText().lines().toList().get(1));
        assertThat(checks.getText().lines().toList().get(1))
                .startsWith(UNDATED + "条措施标为已完成，但未填完成时间（如措施“");
        Screenshots.write(preview.stage().getScene(), "print-preview-checks");

        robot.clickOn(robot.from(preview.stage().getScene().getRoot()).lookup("#previewMute").queryAs(
                javafx.scene.control.MenuButton.class));
        robot.clickOn("本台账不再提示：措施标为已完成，但未填完成时间");
        waitUntil(() -> checks.getText().equals("台账核查：未发现不一致。"));
        assertThat(ReportSettings.mutedChecks(window.session().store()))
                .containsExactly(Finding.Kind.DONE_WITHOUT_COMPLETION_DATE);
        WaitForAsyncUtils.asyncFx(() -> preview.stage().close()).get(5, TimeUnit.SECONDS);

        PrintPreview again = openPreview(robot);
        assertThat(robot.from(again.stage().getScene().getRoot()).lookup("#previewChecks").queryLabeled().getText())
                .isEqualTo("台账核查：未发现不一致。");
        WaitForAsyncUtils.asyncFx(() -> again.stage().close()).get(5, TimeUnit.SECONDS);

        robot.clickOn("#menuReport").clickOn("#menuReportNotice");
        waitUntil(() -> window.reportActions().noticeEditor() != null
                && window.reportActions().noticeEditor().stage().isShowing());
        NoticeEditor editor = window.reportActions().noticeEditor();
        @SuppressWarnings("unchecked")
        ListView<String> findings = robot.from(editor.stage().getScene().getRoot()).lookup("#noticeFindings")
                .queryAs(ListView.class);
        assertThat(findings.getItems()).noneMatch(s -> s.contains("未填完成时间"));
        WaitForAsyncUtils.asyncFx(() -> editor.stage().close()).get(5, TimeUnit.SECONDS);
    }

    private PrintPreview openPreview(FxRobot robot) throws Exception {
        PrintPreview before = window.reportActions().printPreviewWindow();
        robot.clickOn("#menuReport").clickOn("#menuReportPreview");
        waitUntil(() -> window.reportActions().printPreviewWindow() != null
                && window.reportActions().printPreviewWindow() != before
                && window.reportActions().printPreviewWindow().stage().isShowing());
        return window.reportActions().printPreviewWindow();
    }
}
