package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.ui.tree.TreeNode;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The steps the form tests take on the main window: open the tree, pick a node, type into a field. */
final class FormRobot {
    private FormRobot() {
    }

    static void typeInto(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        // on a loaded machine a popup closing (a completion list) can keep the click's focus: the keys
        // would go to the field before; the field is focused before anything is typed
        if (!field.isFocused()) {
            robot.interact(field::requestFocus);
        }
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not take the keyboard focus", e);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void clickCell(FxRobot robot, String contains) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains(contains)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static void expandAll(FxRobot robot) throws Exception {
        TreeRobot.expandAll(robot.lookup("#ledgerTree").queryAs(TreeView.class));
    }
}
