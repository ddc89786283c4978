package io.github.rectification.ledger.ui.tree;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.TreeItem;

/**
 * A tree item whose children are read from the store the first time it is expanded (and again
 * after {@link #reload}), so that a ledger of any size opens with only its top level read.
 */
public final class LazyTreeItem extends TreeItem<TreeNode> {
    private final Supplier<List<TreeItem<TreeNode>>> loader;
    private boolean loaded;

    /** A node with children to load; {@code loader} null makes a leaf. */
    public LazyTreeItem(TreeNode node, Supplier<List<TreeItem<TreeNode>>> loader) {
        super(node);
        this.loader = loader;
        expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                ensureLoaded();
            }
        });
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Reads the children now unless they were read already. */
    public void ensureLoaded() {
        if (!loaded && loader != null) {
            loaded = true;
            getChildren().setAll(loader.get());
        }
    }

    /** Forgets the children; they are read again on the next expand. */
    public void reload() {
        loaded = false;
        if (isExpanded()) {
            ensureLoaded();
        } else {
            getChildren().clear();
        }
    }

    @Override
    public boolean isLeaf() {
        return loader == null || (loaded && getChildren().isEmpty());
    }
}
