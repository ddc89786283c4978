package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** New records through the real controls: their labels, an empty name field with a prompt, a deadline in one step. */
class NewRecordWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    private long inspection;
    private long problem;

    private void prepare(Path file) throws Exception {
        try (LedgerStore s = LedgerStore.open(file)) {
            inspection = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局")).id();
            // problems labelled 1. … 14., as some ledgers write them
            for (int n = 1; n <= 14; n++) {
                Problem p = s.inspections().add(Problem.draft(inspection, "问题" + n).withSeq(n + "."));
                s.inspections().update(new Problem(p.id(), p.inspectionId(), p.parentId(), p.seq(), "全面从严治党方面", p.title(),
                        p.description(), p.order()));
                if (n == 14) {
                    problem = p.id();
                }
            }
            s.inspections().add(MeasureBuilder.under(problem).seq("(1)").text("开展安全隐患排查").department("养老服务处").build());
        }
    }

    @Test
    void aNewProblemFollowsItsSiblingsLabelsAndStartsInAnEmptyPromptedField(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "问题14");
        robot.clickOn("#addProblem");
        WaitForAsyncUtils.waitForFxEvents();
        List<Problem> problems = store().inspections().problems(inspection, null);
        assertThat(problems).hasSize(15);
        assertThat(problems.get(14).seq()).isEqualTo("15.");
        // the categories offered are the ledger's own
        assertThat(robot.lookup("#problemCategory").queryComboBox().getItems()).containsExactly("全面从严治党方面");
        TextInputControl title = robot.lookup("#problemTitle").queryAs(TextInputControl.class);
        assertThat(title.getText()).isEmpty();
        assertThat(title.getPromptText()).isNotBlank();
        assertThat(title.isFocused()).isTrue();
        Screenshots.write(app.stage().getScene(), "new-problem");

        // typed straight away, nothing to delete first
        robot.write("养老服务机构监管不到位");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().problem(problems.get(14).id()).orElseThrow().title()).isEqualTo("养老服务机构监管不到位");
    }

    @Test
    void aNewMeasureTakesADeadlineDateWithoutAKindFirst(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        robot.clickOn("#addMeasure");
        WaitForAsyncUtils.waitForFxEvents();
        List<Measure> measures = store().inspections().measures(problem);
        assertThat(measures).extracting(Measure::seq).containsExactly("(1)", "(2)");
        TextInputControl text = robot.lookup("#measureText").queryAs(TextInputControl.class);
        assertThat(text.getText()).isEmpty();
        assertThat(text.isFocused()).isTrue();
        robot.write("建立资金监管机制");

        // the ledger's own departments are offered while typing
        robot.clickOn("#measureDepartment").write("养老");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".list-view").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.ListView<?> l && l.getItems().contains("养老服务处")
                        && l.getScene() != null && l.getScene().getWindow().isShowing()));
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measureDepartment").queryAs(TextInputControl.class).getText()).isEqualTo("养老服务处");

        DatePicker deadline = robot.lookup("#deadlineDate").queryAs(DatePicker.class);
        assertThat(deadline.isDisabled()).isFalse();
        FormRobot.typeInto(robot, "#deadlineDate .text-field", "2026-06-30");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        Measure added = store().inspections().measure(measures.get(1).id()).orElseThrow();
        assertThat(added.text()).isEqualTo("建立资金监管机制");
        assertThat(added.department()).isEqualTo("养老服务处");
        assertThat(added.deadline()).isEqualTo(Deadline.on(LocalDate.of(2026, 6, 30)));
    }

    private LedgerStore store() {
        return app.window().session().store();
    }
}
