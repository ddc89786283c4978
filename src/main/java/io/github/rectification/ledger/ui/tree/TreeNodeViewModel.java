package io.github.rectification.ledger.ui.tree;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One node of the ledger tree as the view model sees it: what it shows, whether it is open, and
 * its children, read from the store the first time it is opened, so that a ledger of any size opens with only its top level read. The view mirrors each node with
 * a tree item of its own.
 */
public final class TreeNodeViewModel {
    private final ReadOnlyObjectWrapper<TreeNode> value;
    private final BooleanProperty expanded = new SimpleBooleanProperty(false);
    private final ObservableList<TreeNodeViewModel> children = FXCollections.observableArrayList();
    private final ObservableList<TreeNodeViewModel> shownChildren = FXCollections.unmodifiableObservableList(children);
    private final Supplier<List<TreeNodeViewModel>> loader;
    private TreeNodeViewModel parent;
    private boolean loaded;

    /** A node with children to load; {@code loader} null makes a leaf. */
    TreeNodeViewModel(TreeNode node, Supplier<List<TreeNodeViewModel>> loader) {
        this.value = new ReadOnlyObjectWrapper<>(node);
        this.loader = loader;
        expanded.addListener((obs, was, now) -> {
            if (now) {
                ensureLoaded();
            }
        });
    }

    public TreeNode getValue() {
        return value.get();
    }

    public ReadOnlyObjectProperty<TreeNode> valueProperty() {
        return value.getReadOnlyProperty();
    }

    void setValue(TreeNode node) {
        value.set(node);
    }

    /** Open in the tree; opening reads the children. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public boolean isExpanded() {
        return expanded.get();
    }

    public void setExpanded(boolean open) {
        expanded.set(open);
    }

    /** The children read so far (none before the node was first opened). */
    public ObservableList<TreeNodeViewModel> getChildren() {
        return shownChildren;
    }

    /** The node above, or null for the root. */
    public TreeNodeViewModel getParent() {
        return parent;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Reads the children now unless they were read already. */
    public void ensureLoaded() {
        if (!loaded && loader != null) {
            loaded = true;
            List<TreeNodeViewModel> read = loader.get();
            read.forEach(c -> c.parent = this);
            children.setAll(read);
        }
    }

    /** True when the node has no children: a measure, or a node opened and found empty. */
    public boolean isLeaf() {
        return loader == null || (loaded && children.isEmpty());
    }
}
