package io.github.rectification.ledger.ui;

import static io.github.rectification.ledger.ui.LedgerWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.report.NoticeEditor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
 * Edits to the notice draft are never lost: typed into the editor, they are kept in the ledger when
 * its window closes, open again with the next draft, are still there after the ledger is closed and
 * opened again, and give way to a fresh draft only when the user asks for it (重新起草) and confirms.
 */
@ExtendWith(ApplicationExtension.class)
class NoticeDraftWindowTest {
    static final String ADDED = "另附整改台账一份。";

    @TempDir
    Path dir;
    private Path file;
    private LedgerWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("通报稿.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            NoticeLedger.build(store, 4);
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
    void anEditedDraftIsKeptInTheLedgerAndGivesWayToAFreshDraftOnlyWhenAskedTo(FxRobot robot) throws Exception {
        NoticeEditor editor = openNotice(robot);
        TextArea area = area(robot, editor);
        String fresh = area.getText();
        assertThat(fresh).doesNotContain(ADDED);
        robot.clickOn(area).push(KeyCode.CONTROL, KeyCode.END).write(ADDED);
        waitUntil(() -> area.getText().endsWith(ADDED));
        // closed at once, before the edit is kept on its own: the close keeps it
        closeByTheWindowSystem(editor.stage());
        assertThat(editor.stage().isShowing()).isFalse();
        assertThat(ReportSettings.noticeDraft(window.session().store())).hasValue(fresh + ADDED);

        // the ledger closed and opened again: the edited draft opens, saying so
        Path other = dir.resolve("另一个台账.zgtz");
        try (LedgerStore store = LedgerStore.open(other)) {
            NoticeLedger.build(store, 0);
        }
        open(other);
        open(file);
        assertThat(window.session().store().readOnly()).isFalse();
        NoticeEditor again = openNotice(robot);
        assertThat(area(robot, again).getText()).endsWith(ADDED);
        assertThat(robot.from(again.stage().getScene().getRoot()).lookup("#noticeKept").queryAs(Labeled.class)
                .getText()).startsWith("这是上次修改后保存在台账中的稿子");

        // 重新起草, then 取消: the edits stay
        robot.clickOn(robot.from(again.stage().getScene().getRoot()).lookup("#noticeRedraft").queryButton());
        waitUntil(() -> robot.lookup("#confirmCancel").tryQuery().isPresent());
        robot.clickOn("#confirmCancel");
        assertThat(area(robot, again).getText()).endsWith(ADDED);
        // 重新起草, confirmed: the draft from the ledger, and nothing edited is kept any more
        WaitForAsyncUtils.asyncFx(() -> again.stage().toFront()).get(5, TimeUnit.SECONDS);
        robot.clickOn(robot.from(again.stage().getScene().getRoot()).lookup("#noticeRedraft").queryButton());
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        robot.clickOn("#confirmOk");
        waitUntil(() -> area(robot, again).getText().equals(fresh));
        waitUntil(() -> ReportSettings.noticeDraft(window.session().store()).isEmpty());
        closeByTheWindowSystem(again.stage());
        NoticeEditor third = openNotice(robot);
        assertThat(area(robot, third).getText()).isEqualTo(fresh);
        closeByTheWindowSystem(third.stage());
    }

    private void open(Path ledger) throws Exception {
        LedgerStore before = window.session().store();
        WaitForAsyncUtils.asyncFx(() -> window.fileActions().open(ledger)).get(10, TimeUnit.SECONDS);
        waitUntil(() -> window.session().store() != before && !window.fileActions().openingProperty().get());
        OpenedWindows.awaitOpen(window);
    }

    private NoticeEditor openNotice(FxRobot robot) throws Exception {
        NoticeEditor before = window.reportActions().noticeEditor();
        robot.clickOn("#menuReport").clickOn("#menuReportNotice");
        waitUntil(() -> window.reportActions().noticeEditor() != null && window.reportActions().noticeEditor() != before
                && window.reportActions().noticeEditor().stage().isShowing());
        return window.reportActions().noticeEditor();
    }

    private static TextArea area(FxRobot robot, NoticeEditor editor) {
        return robot.from(editor.stage().getScene().getRoot()).lookup("#noticeText").queryAs(TextArea.class);
    }

    /** What the window system does on a click of the window's close box. */
    private static void closeByTheWindowSystem(Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            Event.fireEvent(stage, request);
            if (!request.isConsumed()) {
                stage.hide();
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
