package io.github.rectification.ledger.ui.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One node of the ledger tree as the view model sees it: what it shows, whether it is open, and
 * its children, read from the store the first time it is opened, so that a ledger of any size
 * opens with only its top level read. Once the tree is shown, children are read in the background
 * and appear when they arrive. The view mirrors each node with a tree item of its own.
 */
public final class TreeNodeViewModel {
    /** How a node reads its children. */
    interface Children {
        /** Prepares the read on the window's thread (what the tree shows is taken then); the read runs on any thread. */
        Callable<Read> prepare();
    }

    /** Children read, and what to start once they are shown (on the window's thread). */
    record Read(List<TreeNodeViewModel> nodes, Runnable whenShown) {
    }

    /** What opening a node whose children are not read yet does. */
    interface Opening {
        void open(TreeNodeViewModel node);
    }

    private final ReadOnlyObjectWrapper<TreeNode> value;
    private final BooleanProperty expanded = new SimpleBooleanProperty(false);
    private final ObservableList<TreeNodeViewModel> children = FXCollections.observableArrayList();
    private final ObservableList<TreeNodeViewModel> shownChildren = FXCollections.unmodifiableObservableList(children);
    private final Children reader;
    private final Opening opening;
    private final List<Runnable> waiting = new ArrayList<>(0);
    private TreeNodeViewModel parent;
    private boolean loaded;
    private boolean loading;
    private Runnable whenShown;

    /** A node with children to read; {@code reader} null makes a leaf. */
    TreeNodeViewModel(TreeNode node, Children reader, Opening opening) {
        this.value = new ReadOnlyObjectWrapper<>(node);
        this.reader = reader;
        this.opening = opening;
        expanded.addListener((obs, was, now) -> {
            if (now && !loaded && !loading && reader != null) {
                opening.open(this);
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

    /** True once the children were read (always for a leaf). */
    public boolean isLoaded() {
        return loaded || reader == null;
    }

    /** True while the children are being read in the background. */
    public boolean isLoading() {
        return loading;
    }

    void setLoading(boolean now) {
        loading = now;
    }

    /** Prepares the read of the children, on the window's thread. */
    Callable<Read> prepareRead() {
        return reader.prepare();
    }

    /** Reads the children now, on the calling thread, unless they were read already. */
    void loadNow() {
        if (!isLoaded()) {
            try {
                install(reader.prepare().call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Takes children read; what waited for them runs. */
    void install(Read read) {
        loaded = true;
        loading = false;
        read.nodes().forEach(c -> c.parent = this);
        children.setAll(read.nodes());
        whenShown = read.whenShown();
        List<Runnable> then = new ArrayList<>(waiting);
        waiting.clear();
        then.forEach(Runnable::run);
    }

    /** What to start now that the children are shown, once; null when nothing is left to start. */
    Runnable takeWhenShown() {
        Runnable r = whenShown;
        whenShown = null;
        return r;
    }

    /** Runs {@code then} once the children are read: at once when they are, otherwise after reading them. */
    void whenLoaded(Runnable then) {
        if (isLoaded()) {
            then.run();
            return;
        }
        waiting.add(then);
        if (!loading) {
            opening.open(this);
        }
    }

    /** True when the node has no children: a measure, or a node opened and found empty. */
    public boolean isLeaf() {
        return reader == null || (loaded && children.isEmpty());
    }
}
