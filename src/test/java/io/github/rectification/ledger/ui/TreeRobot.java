package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.ui.tree.TreeNode;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the ledger tree of a window test, waiting for what each node reads in the background. */
public final class TreeRobot {
    private TreeRobot() {
    }

    /** Opens every node of the tree once it is shown, and returns when every node's children are there. */
    public static void expandAll(TreeView<TreeNode> tree) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> expand(tree.getRoot())).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens what is closed; true when every node is open with its children read (or is a leaf). */
    private static boolean expand(TreeItem<TreeNode> item) {
        if (item.isLeaf()) {
            return true;
        }
        if (!item.isExpanded()) {
            item.setExpanded(true);
        }
        boolean done = !item.getChildren().isEmpty();
        for (TreeItem<TreeNode> child : item.getChildren()) {
            done &= expand(child);
        }
        return done;
    }
}
