package io.github.rectification.ledger.ui.tree;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.WarningBand;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.Region;

/**
 * One tree row: a status mark, the sequence label, a short title and the figures. Each mark has a
 * shape of its own besides its colour (ledger.css), so it reads without telling the colours apart.
 */
final class LedgerTreeCell extends TreeCell<TreeNode> {
    private static final String OVERDUE_TEXT = "overdue-text";
    private static final String DUE_SOON_TEXT = "due-soon-text";
    private static final String UPCOMING_TEXT = "upcoming-text";
    private final Region mark = new Region();
    private final Tooltip tooltip = new Tooltip();

    LedgerTreeCell() {
        mark.getStyleClass().add("node-mark");
        // as wide as the tree, a long row ending in …, rather than wider with a scroll bar beneath
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TreeNode node, boolean empty) {
        super.updateItem(node, empty);
        getStyleClass().removeAll(OVERDUE_TEXT, DUE_SOON_TEXT, UPCOMING_TEXT);
        mark.getStyleClass().removeIf(c -> c.startsWith("mark-"));
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(NodeText.of(node));
        if (figuresPending(node)) {
            // the same space as a mark, so the row does not move when the figures arrive
            setGraphic(mark);
            setTooltip(null);
            return;
        }
        NodeMark m = markOf(node);
        if (m == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        mark.getStyleClass().add(m.styleClass());
        setGraphic(mark);
        tooltip.setText(NodeText.markText(m));
        setTooltip(tooltip);
        if (m == NodeMark.OVERDUE) {
            getStyleClass().add(OVERDUE_TEXT);
        } else if (node instanceof TreeNode.MeasureNode n && n.band() == WarningBand.DUE_SOON) {
            getStyleClass().add(DUE_SOON_TEXT);
            tooltip.setText(NodeText.markText(m) + " · " + lang("tree.band.due.soon"));
        } else if (node instanceof TreeNode.MeasureNode n && n.band() == WarningBand.UPCOMING) {
            getStyleClass().add(UPCOMING_TEXT);
            tooltip.setText(NodeText.markText(m) + " · " + lang("tree.band.upcoming"));
        }
    }

    private static boolean figuresPending(TreeNode node) {
        return node instanceof TreeNode.InspectionNode n && n.counts() == null
                || node instanceof TreeNode.ProblemNode p && p.counts() == null;
    }

    static NodeMark markOf(TreeNode node) {
        if (node instanceof TreeNode.InspectionNode n) {
            return NodeMark.of(n.counts());
        }
        if (node instanceof TreeNode.ProblemNode n) {
            return NodeMark.of(n.counts());
        }
        if (node instanceof TreeNode.MeasureNode n) {
            return NodeMark.of(n.measure().status(), n.overdue());
        }
        return null;
    }
}
