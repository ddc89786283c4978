package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CarryOver;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Edit › 开启回头看 in the real window: the round is started from its dialog, linked both ways, undone and redone in one step each. */
class FollowUpWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", f -> SeedLedger.create(f).close());

    private static Optional<DialogPane> pane(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQueryAs(DialogPane.class).filter(p -> p.getScene() != null
                && p.getScene().getWindow().isShowing());
    }

    private static Optional<DialogPane> information(FxRobot robot, String starting) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing()
                        && p.getContentText() != null && p.getContentText().startsWith(starting))
                .findFirst();
    }

    private String link(FxRobot robot) {
        Label l = robot.lookup("#followUpLink").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void aRoundIsStartedFromTheDialogLinkedBothWaysAndUndoneAndRedone(FxRobot robot) throws Exception {
        LedgerWindow.waitUntil(() -> app.window().session().isWritable());
        LedgerStore store = app.window().session().store();
        Inspection origin = store.inspections().all().get(0);
        long expected = store.inspections().snapshot().measures().stream()
                .filter(m -> CarryOver.carried(m, io.github.rectification.ledger.domain.CloseOutState.NOT_REQUESTED))
                .count();
        assertThat(expected).as("the seed ledger has measures to carry over").isPositive();
        robot.interact(() -> app.window().treeViewModel().select(NodeKey.inspection(origin.id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link(robot)).isEmpty();

        robot.clickOn("#menuEdit").clickOn("#menuEditFollowUp");
        LedgerWindow.waitUntil(() -> pane(robot, "followUpDialog").isPresent());
        DialogPane dialog = pane(robot, "followUpDialog").orElseThrow();
        assertThat(((javafx.stage.Stage) dialog.getScene().getWindow()).getOwner()).as("in front of the main window")
                .isSameAs(app.stage());
        TextField name = robot.lookup("#followUpName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo(origin.name() + "（回头看）");
        assertThat(robot.lookup("#followUpGroup").queryAs(TextField.class).getText()).isEqualTo(origin.inspectionGroup());
        robot.interact(() -> name.setText("2023年巡察回头看"));
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().get(0)));
        LedgerWindow.waitUntil(() -> information(robot, "已开启回头看").isPresent());
        DialogPane info = information(robot, "已开启回头看").orElseThrow();
        assertThat(info.getContentText()).contains("“2023年巡察回头看”", expected + " 条整改措施");
        robot.interact(() -> ((javafx.stage.Stage) info.getScene().getWindow()).close());

        List<Inspection> inspections = store.inspections().all();
        assertThat(inspections).hasSize(2);
        Inspection round = inspections.get(1);
        assertThat(round.name()).isEqualTo("2023年巡察回头看");
        assertThat(round.roundKind()).isEqualTo(CarryOver.ROUND_KIND);
        assertThat(store.followUp().originOf(round.id())).contains(origin.id());
        assertThat(store.followUp().carriedMeasures(round.id())).hasSize((int) expected);
        // the round is selected, and its form says where it came from
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link(robot)).isEqualTo("由“" + origin.name() + "”开启，带入整改措施 " + expected + " 条，其中现已完成 0 条");
        robot.interact(() -> app.window().treeViewModel().select(NodeKey.inspection(origin.id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link(robot)).isEqualTo("已开启回头看：“2023年巡察回头看”");
        long carried = store.followUp().carriedMeasures(round.id()).get(0);
        robot.interact(() -> app.window().treeViewModel().select(NodeKey.measure(carried)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link(robot)).isEqualTo("带入自“" + origin.name() + "”");

        robot.clickOn("#ledgerTree");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().all()).extracting(Inspection::id).containsExactly(origin.id());
        assertThat(store.followUp().roundsOf(origin.id())).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().all()).extracting(Inspection::id).containsExactly(origin.id(), round.id());
        assertThat(store.followUp().originOf(round.id())).contains(origin.id());
        assertThat(store.followUp().carriedMeasures(round.id())).hasSize((int) expected);
    }
}
