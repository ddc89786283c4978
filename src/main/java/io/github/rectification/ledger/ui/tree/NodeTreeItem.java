package io.github.rectification.ledger.ui.tree;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;

/**
 * The tree control's item for one node of the view model: it shows the node's value, opens and
 * closes with it, and holds an item for each child the node has read. Items are made only for
 * nodes read, so a closed node costs one item.
 */
final class NodeTreeItem extends TreeItem<TreeNode> {
    private final TreeNodeViewModel node;
    private final Map<TreeNodeViewModel, NodeTreeItem> items = new IdentityHashMap<>();

    NodeTreeItem(TreeNodeViewModel node) {
        super(node.getValue());
        this.node = node;
        valueProperty().bind(node.valueProperty());
        setExpanded(node.isExpanded());
        expandedProperty().bindBidirectional(node.expandedProperty());
        mirror();
        node.getChildren().addListener((ListChangeListener<TreeNodeViewModel>) change -> mirror());
    }

    TreeNodeViewModel node() {
        return node;
    }

    /** The item of a child node, made when the node read it. */
    NodeTreeItem itemOf(TreeNodeViewModel child) {
        return items.get(child);
    }

    private void mirror() {
        Map<TreeNodeViewModel, NodeTreeItem> before = new IdentityHashMap<>(items);
        items.clear();
        List<TreeItem<TreeNode>> now = new ArrayList<>(node.getChildren().size());
        for (TreeNodeViewModel child : node.getChildren()) {
            NodeTreeItem item = before.get(child);
            if (item == null) {
                item = new NodeTreeItem(child);
            }
            items.put(child, item);
            now.add(item);
        }
        getChildren().setAll(now);
    }

    @Override
    public boolean isLeaf() {
        return node.isLeaf();
    }
}
