package io.github.rectification.ledger.ui.tree;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.NodeCounts;

/** The text of a tree node: sequence label, short title, figures. */
public final class NodeText {
    static final int TITLE_LENGTH = 30;

    private NodeText() {
    }

    public static String of(TreeNode node) {
        if (node instanceof TreeNode.InspectionNode n) {
            return join(null, n.inspection().name(), lang("tree.untitled.inspection")) + counts(n.counts());
        }
        if (node instanceof TreeNode.ProblemNode n) {
            return join(n.problem().seq(), n.problem().title(), lang("tree.untitled.problem")) + counts(n.counts());
        }
        if (node instanceof TreeNode.MeasureNode n) {
            return join(n.measure().seq(), n.measure().text(), lang("tree.untitled.measure"));
        }
        if (node instanceof TreeNode.DepartmentNode n) {
            String name = n.department() == null || n.department().isBlank()
                    ? lang("tree.department.none") : n.department();
            return name + "  " + lang("tree.department.count", n.measures());
        }
        return "";
    }

    /** The status word for a tooltip. */
    public static String markText(NodeMark mark) {
        return switch (mark) {
            case DONE -> lang("status.done");
            case LONG_TERM -> lang("status.long_term");
            case IN_PROGRESS -> lang("status.in_progress");
            case NOT_STARTED -> lang("status.not_started");
            case OVERDUE -> lang("status.overdue");
            case EMPTY -> lang("status.empty");
        };
    }

    public static String statusWord(Status status) {
        return markText(NodeMark.of(status, false));
    }

    /** First line of a text, shortened to {@value #TITLE_LENGTH} characters with an ellipsis. */
    public static String shortTitle(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl).strip();
        }
        if (line.codePointCount(0, line.length()) > TITLE_LENGTH) {
            line = line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
        }
        return line;
    }

    private static String join(String seq, String title, String untitled) {
        String t = shortTitle(title);
        if (t.isEmpty()) {
            t = untitled;
        }
        return seq == null || seq.isBlank() ? t : seq.strip() + " " + t;
    }

    /** The figures, or nothing while they are being read ({@code c} null) or when there are none. */
    private static String counts(NodeCounts c) {
        if (c == null || c.measures() == 0) {
            return "";
        }
        String s = "  " + lang("tree.counts", c.finished(), c.measures());
        if (c.overdue() > 0) {
            s += " " + lang("tree.counts.overdue", c.overdue());
        }
        return s;
    }
}
