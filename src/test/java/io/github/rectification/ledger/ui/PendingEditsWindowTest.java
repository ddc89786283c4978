package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.ui.session.NodeKey;
import io.github.rectification.ledger.ui.tree.TreeNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Changes typed into a form and not applied are never lost silently when another node is selected. */
class PendingEditsWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    private long first;
    private long second;

    private void prepare(Path file) throws Exception {
        try (LedgerStore s = LedgerStore.open(file)) {
            Inspection i = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
            Problem p = s.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位"));
            first = s.inspections().add(measure(p.id(), "1.", "开展安全隐患排查")).id();
            second = s.inspections().add(measure(p.id(), "2.", "建立资金监管机制")).id();
        }
    }

    private static Measure measure(long problemId, String seq, String text) {
        return MeasureBuilder.under(problemId).seq(seq).text(text).department("养老服务处").build();
    }

    @Test
    void applyDiscardAndCancelThroughTheDialog(FxRobot robot) throws Exception {
        expandAll(robot);
        LedgerStore store = app.window().session().store();

        // Apply: the edit is written as one undoable step, then the other node is shown
        clickCell(robot, "开展安全隐患排查");
        typeInto(robot, "#measureText", "开展全市安全隐患排查");
        clickCell(robot, "建立资金监管机制");
        robot.clickOn("#pendingApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().measure(first).orElseThrow().text()).isEqualTo("开展全市安全隐患排查");
        assertThat(selected()).isEqualTo(NodeKey.measure(second));
        assertThat(text(robot, "#measureText")).isEqualTo("建立资金监管机制");
        assertThat(app.window().session().undoManager().canUndoProperty().get()).isTrue();

        // Cancel: the selection and the typed text stay, nothing is written
        typeInto(robot, "#measureText", "建立民政资金监管长效机制");
        clickCell(robot, "开展全市安全隐患排查");
        robot.clickOn("#pendingCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo(NodeKey.measure(second));
        assertThat(treeSelection(robot)).isEqualTo(NodeKey.measure(second));
        assertThat(text(robot, "#measureText")).isEqualTo("建立民政资金监管长效机制");
        assertThat(store.inspections().measure(second).orElseThrow().text()).isEqualTo("建立资金监管机制");

        // Discard: the typed text is dropped and the other node is shown
        clickCell(robot, "开展全市安全隐患排查");
        robot.clickOn("#pendingDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo(NodeKey.measure(first));
        assertThat(text(robot, "#measureText")).isEqualTo("开展全市安全隐患排查");
        assertThat(store.inspections().measure(second).orElseThrow().text()).isEqualTo("建立资金监管机制");

        // unchanged forms are left without a question
        clickCell(robot, "建立资金监管机制");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo(NodeKey.measure(second));
        assertThat(robot.lookup("#pendingApply").tryQuery()).isEmpty();
    }

    @Test
    void switchingTheGroupingKeepsTheEditsOfTheSameMeasure(FxRobot robot) throws Exception {
        expandAll(robot);
        clickCell(robot, "开展安全隐患排查");
        typeInto(robot, "#measureText", "开展全市安全隐患排查");
        robot.clickOn("#modeByDepartment");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo(NodeKey.measure(first));
        assertThat(text(robot, "#measureText")).isEqualTo("开展全市安全隐患排查");
        assertThat(app.window().formView().hasPendingChanges()).isTrue();
        robot.clickOn("#applyButton");
        assertThat(app.window().session().store().inspections().measure(first).orElseThrow().text()).isEqualTo("开展全市安全隐患排查");
    }

    private NodeKey selected() {
        return app.window().treeViewModel().selectedKey().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static NodeKey treeSelection(FxRobot robot) {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        TreeItem<TreeNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().key();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickCell(FxRobot robot, String contains) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(contains)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void expandAll(FxRobot robot) throws Exception {
        TreeView<TreeNode> tree = robot.lookup("#ledgerTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null);
        io.github.rectification.ledger.ui.TreeRobot.expandAll(tree);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
