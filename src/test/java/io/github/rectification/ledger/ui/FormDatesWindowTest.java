package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.common.DatePickers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Date fields through the real controls: text that names no date is marked and never applied. */
class FormDatesWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    private static final LocalDate DONE_ON = LocalDate.of(2026, 1, 10);
    private long measure;

    private void prepare(Path file) throws Exception {
        try (LedgerStore s = LedgerStore.open(file)) {
            Inspection i = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
            Problem p = s.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位"));
            measure = s.inspections().add(MeasureBuilder.under(p.id()).seq("1.").text("开展安全隐患排查").department("养老服务处")
                    .status(Status.DONE).completedOn(DONE_ON).build()).id();
        }
    }

    @Test
    void anImpossibleDateIsMarkedRefusedAndPutBackByCancel(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        DatePicker completed = robot.lookup("#completedOn").queryAs(DatePicker.class);
        FormRobot.typeInto(robot, "#completedOn .text-field", "2026-13-45");
        // leave the field, as a click on 应用 does
        robot.clickOn("#measureProgress");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(completed.getStyleClass()).contains(DatePickers.UNREADABLE);
        assertThat(robot.lookup("#formMessage").queryAs(Label.class).getText()).contains("2026-13-45");
        assertThat(robot.lookup("#applyButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.window().session().store().inspections().measure(measure).orElseThrow().completedOn()).isEqualTo(DONE_ON);

        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(completed.getEditor().getText()).isEqualTo("2026-01-10");
        assertThat(completed.getStyleClass()).doesNotContain(DatePickers.UNREADABLE);
        assertThat(robot.lookup("#formMessage").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void undoPutsTheStoredDateBackIntoTheField(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        FormRobot.typeInto(robot, "#measureText", "开展全市安全隐患排查");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker completed = robot.lookup("#completedOn").queryAs(DatePicker.class);
        FormRobot.typeInto(robot, "#completedOn .text-field", "2026-13-45");
        robot.clickOn("#measureProgress");
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> app.window().session().undo()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(completed.getEditor().getText()).isEqualTo("2026-01-10");
        assertThat(completed.getStyleClass()).doesNotContain(DatePickers.UNREADABLE);
        assertThat(app.window().session().store().inspections().measure(measure).orElseThrow().text()).isEqualTo("开展安全隐患排查");
        assertThat(app.window().session().store().inspections().measure(measure).orElseThrow().completedOn()).isEqualTo(DONE_ON);
    }
}
