package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Numbering a list again from the tree's right-click menu and with Ctrl+Shift+R, then undoing. */
class RenumberWindowTest {
    @RegisterExtension
    final LedgerWindowExtension app = LedgerWindowExtension.on("台账.zgtz", this::prepare);

    private long problemId;

    private void prepare(Path file) throws Exception {
        try (LedgerStore store = LedgerStore.open(file)) {
            Inspection i = store.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "养老服务机构监管不到位").withSeq("(一)"));
            store.inspections().add(Problem.draft(i.id(), "民政资金监管不严").withSeq("(三)"));
            store.inspections().add(Measure.draft(p.id(), "开展养老机构安全隐患排查").withSeq("1."));
            store.inspections().add(Measure.draft(p.id(), "建立资金监管长效机制").withSeq("3."));
            problemId = p.id();
        }
    }

    @Test
    void renumberFromTheContextMenuAndTheShortcut(FxRobot robot) throws Exception {
        Node inspection = cell(robot, "市委第一巡察组巡察市民政局");
        robot.clickOn(inspection, MouseButton.SECONDARY);
        // the headless platform (Monocle) does not turn a right click into the context-menu request a
        // desktop sends; send that request the way the platform would, at the clicked cell
        WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = inspection.localToScreen(inspection.getBoundsInLocal());
            Point2D local = inspection.screenToLocal(b.getCenterX(), b.getCenterY());
            Event.fireEvent(inspection, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Window menu = Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow();
        Screenshots.write(menu.getScene(), "tree-context-menu");
        robot.clickOn("重排下级序号");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                    && c.getText().startsWith("(二) 民政资金监管不严")).tryQuery().isPresent();
        });
        LedgerStore store = app.window().session().store();
        assertThat(store.inspections().problems(store.inspections().all().get(0).id(), null)).extracting(Problem::seq)
                .containsExactly("(一)", "(二)");

        robot.clickOn(cell(robot, "养老服务机构监管不到位"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().measures(problemId)).extracting(Measure::seq).containsExactly("1.", "2.");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.inspections().measures(problemId)).extracting(Measure::seq).containsExactly("1.", "3.");
    }

    private static Node cell(FxRobot robot, String contains) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(contains)).query();
    }
}
