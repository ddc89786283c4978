package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The form from the keyboard, where the focus goes after applying and deleting, and a layout that keeps still. */
class FormKeysWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    private long measure;

    private void prepare(Path file) throws Exception {
        try (LedgerStore s = LedgerStore.open(file)) {
            Inspection i = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
            Problem p = s.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位"));
            measure = s.inspections().add(MeasureBuilder.under(p.id()).seq("1.").text("开展安全隐患排查").department("养老服务处").build()).id();
        }
    }

    @Test
    void ctrlSAndCtrlEnterApplyAndTheFocusRestsOnTheTree(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        FormRobot.typeInto(robot, "#measureText", "开展全市安全隐患排查");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measure(measure).orElseThrow().text()).isEqualTo("开展全市安全隐患排查");
        assertThat(focusOwnerId()).isEqualTo("ledgerTree");

        FormRobot.typeInto(robot, "#measureProgress", "已排查机构42家");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measure(measure).orElseThrow().progress()).isEqualTo("已排查机构42家");
        assertThat(focusOwnerId()).isEqualTo("ledgerTree");

        // the 应用 button too leaves the focus on the tree, not on whatever follows a disabled button
        FormRobot.typeInto(robot, "#measureRemarks", "附整改清单");
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measure(measure).orElseThrow().remarks()).isEqualTo("附整改清单");
        assertThat(focusOwnerId()).isEqualTo("ledgerTree");
    }

    @Test
    void theDeleteQuestionDefaultsTo取消(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        robot.clickOn("#deleteNode");
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = robot.lookup("#confirmCancel").queryAs(Button.class);
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(cancel.isFocused()).isTrue();
        assertThat(robot.lookup("#confirmOk").queryAs(Button.class).isDefaultButton()).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measure(measure)).isPresent();

        robot.clickOn("#deleteNode");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#confirmOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().inspections().measure(measure)).isEmpty();
        assertThat(focusOwnerId()).isEqualTo("ledgerTree");
    }

    @Test
    void aWarningComingAndGoingMovesNoField(FxRobot robot) throws Exception {
        FormRobot.expandAll(robot);
        FormRobot.clickCell(robot, "开展安全隐患排查");
        Node progress = robot.lookup("#measureProgress").query();
        double before = progress.localToScene(progress.getBoundsInLocal()).getMinY();
        assertThat(robot.lookup("#formMessage").queryAs(Label.class).getText()).isEmpty();

        // no lead department: a warning shows
        FormRobot.typeInto(robot, "#measureDepartment", "");
        assertThat(robot.lookup("#formMessage").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(progress.localToScene(progress.getBoundsInLocal()).getMinY()).isEqualTo(before);
        Screenshots.write(app.stage().getScene(), "measure-form-warning");

        robot.write("养老服务处");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formMessage").queryAs(Label.class).getText()).isEmpty();
        assertThat(progress.localToScene(progress.getBoundsInLocal()).getMinY()).isEqualTo(before);
    }

    private LedgerStore store() {
        return app.window().session().store();
    }

    private String focusOwnerId() {
        Node owner = app.stage().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
