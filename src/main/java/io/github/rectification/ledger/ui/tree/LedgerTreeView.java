package io.github.rectification.ledger.ui.tree;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;

/** The left-hand side: grouping switch, search field, status filter, the tree and its buttons. */
public final class LedgerTreeView extends VBox {
    /** Pause after the last keystroke before the search runs. */
    static final Duration SEARCH_DELAY = Duration.millis(250);

    private final LedgerTreeViewModel viewModel;
    private final TreeView<TreeNode> tree = new TreeView<>();
    private final TextField search = TextFields.createClearableTextField();
    private boolean syncing;

    public LedgerTreeView(LedgerTreeViewModel viewModel, TreeActions actions) {
        this.viewModel = viewModel;
        getStyleClass().add("ledger-tree-pane");
        setSpacing(6);
        setPadding(new Insets(6));

        ToggleButton byInspection = new ToggleButton(lang("tree.mode.inspection"));
        byInspection.setId("modeByInspection");
        ToggleButton byDepartment = new ToggleButton(lang("tree.mode.department"));
        byDepartment.setId("modeByDepartment");
        SegmentedButton modes = new SegmentedButton(byInspection, byDepartment);
        ToggleGroup group = modes.getToggleGroup();
        byInspection.setSelected(viewModel.modeProperty().get() == TreeMode.BY_INSPECTION);
        byDepartment.setSelected(viewModel.modeProperty().get() == TreeMode.BY_DEPARTMENT);
        // the mode may also change from the View menu: the buttons follow it
        viewModel.modeProperty().addListener((obs, old, now) ->
                group.selectToggle(now == TreeMode.BY_INSPECTION ? byInspection : byDepartment));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.modeProperty().set(now == byInspection ? TreeMode.BY_INSPECTION : TreeMode.BY_DEPARTMENT);
            }
        });

        search.setId("searchField");
        search.setPromptText(lang("tree.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.filterTextProperty());
        PauseTransition pause = new PauseTransition(SEARCH_DELAY);
        pause.setOnFinished(e -> viewModel.applyFilter());
        search.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            viewModel.applyFilter();
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<StatusChoice> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().setAll(StatusChoice.values());
        status.setCellFactory(l -> new ChoiceCell());
        status.setButtonCell(new ChoiceCell());
        status.valueProperty().bindBidirectional(viewModel.statusChoiceProperty());
        status.setTooltip(new Tooltip(lang("tree.filter.status")));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.searchingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        HBox filterRow = new HBox(6, search, status, busy);

        tree.setId("ledgerTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new LedgerTreeCell());
        // a new root clears the tree's selection on the way: not a choice of the user
        tree.setRoot(itemFor(viewModel.rootProperty().get()));
        viewModel.rootProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                tree.setRoot(itemFor(now));
            } finally {
                syncing = false;
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                onTreeSelection(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> selectInTree(now));

        HBox buttons = new HBox(4,
                button("addInspection", lang("action.add.inspection"), actions.canAddInspectionBinding(),
                        actions::addInspection),
                button("addProblem", lang("action.add.problem"), actions.canAddProblemBinding(), actions::addProblem),
                button("addSubProblem", lang("action.add.subproblem"), actions.canAddSubProblemBinding(),
                        actions::addSubProblem),
                button("addMeasure", lang("action.add.measure"), actions.canAddMeasureBinding(), actions::addMeasure));
        HBox buttons2 = new HBox(4,
                button("deleteNode", lang("action.delete"), actions.canDeleteBinding(), actions::delete),
                button("moveUp", lang("action.move.up"), actions.canMoveBinding(), actions::moveUp),
                button("moveDown", lang("action.move.down"), actions.canMoveBinding(), actions::moveDown));
        tree.setContextMenu(contextMenu(actions));
        // a search or filter that finds nothing says so instead of showing an empty tree
        Label noHits = new Label(lang("tree.no.hits"));
        noHits.setId("treeNoHits");
        noHits.setWrapText(true);
        noHits.getStyleClass().add("form-hint");
        noHits.setMouseTransparent(true);
        noHits.visibleProperty().bind(viewModel.noHitsProperty());
        StackPane treeArea = new StackPane(tree, noHits);
        StackPane.setAlignment(noHits, Pos.TOP_CENTER);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        getChildren().setAll(modes, filterRow, treeArea, buttons, buttons2);
    }

    /** The tree's right-click menu: what the buttons and the Edit menu do, on the node under the mouse. */
    private static ContextMenu contextMenu(TreeActions actions) {
        ContextMenu menu = new ContextMenu(
                menuItem("contextAddProblem", lang("action.add.problem"), actions.canAddProblemBinding(),
                        actions::addProblem),
                menuItem("contextAddSubProblem", lang("action.add.subproblem"), actions.canAddSubProblemBinding(),
                        actions::addSubProblem),
                menuItem("contextAddMeasure", lang("action.add.measure"), actions.canAddMeasureBinding(),
                        actions::addMeasure),
                new SeparatorMenuItem(),
                menuItem("contextMoveUp", lang("action.move.up"), actions.canMoveBinding(), actions::moveUp),
                menuItem("contextMoveDown", lang("action.move.down"), actions.canMoveBinding(), actions::moveDown),
                menuItem("contextRenumber", lang("action.renumber"), actions.canRenumberBinding(), actions::renumber),
                menuItem("contextFollowUp", lang("followup.menu"), actions.canStartFollowUpBinding(),
                        actions::startFollowUp),
                new SeparatorMenuItem(),
                menuItem("contextDelete", lang("action.delete"), actions.canDeleteBinding(), actions::delete));
        menu.setId("ledgerTreeMenu");
        return menu;
    }

    private static MenuItem menuItem(String id, String text, BooleanBinding enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(enabled.not());
        return item;
    }

    /**
     * The user selected a node: the form may first ask about changes not applied yet; staying puts
     * the selection back, applying may rebuild the tree (the node is then found again).
     */
    private void onTreeSelection(TreeItem<TreeNode> item) {
        TreeNodeViewModel now = item == null ? null : ((NodeTreeItem) item).node();
        var rootBefore = viewModel.rootProperty().get();
        if (!viewModel.mayLeaveFor(now)) {
            TreeNodeViewModel back = viewModel.selectedProperty().get();
            Platform.runLater(() -> selectInTree(back));
            return;
        }
        if (now != null && viewModel.rootProperty().get() != rootBefore && now.getValue().key() != null) {
            Platform.runLater(() -> viewModel.select(now.getValue().key()));
            return;
        }
        syncing = true;
        try {
            viewModel.selectedProperty().set(now);
        } finally {
            syncing = false;
        }
    }

    private static NodeTreeItem itemFor(TreeNodeViewModel root) {
        return root == null ? null : new NodeTreeItem(root);
    }

    /** The item of a node of the view model, through the items of the nodes above it; null when not shown. */
    private NodeTreeItem itemOf(TreeNodeViewModel node) {
        if (node == null) {
            return null;
        }
        if (node.getParent() == null) {
            return tree.getRoot() instanceof NodeTreeItem r && r.node() == node ? r : null;
        }
        NodeTreeItem above = itemOf(node.getParent());
        return above == null ? null : above.itemOf(node);
    }

    private void selectInTree(TreeNodeViewModel node) {
        if (syncing) {
            return;
        }
        NodeTreeItem item = itemOf(node);
        syncing = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static Button button(String id, String text, BooleanBinding enabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        if (enabled != null) {
            b.disableProperty().bind(enabled.not());
        }
        return b;
    }

    /** The tree control, for the window's keyboard focus and for tests. */
    public TreeView<TreeNode> treeView() {
        return tree;
    }

    /** Puts the keyboard focus in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static final class ChoiceCell extends ListCell<StatusChoice> {
        @Override
        protected void updateItem(StatusChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
        }
    }
}
