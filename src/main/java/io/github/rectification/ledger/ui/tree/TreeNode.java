package io.github.rectification.ledger.ui.tree;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.store.NodeCounts;
import io.github.rectification.ledger.ui.session.NodeKey;

/** What one tree node shows: a record with its figures, or a department heading. */
public sealed interface TreeNode {

    /** The record the node stands for; null for a department heading and the hidden root. */
    NodeKey key();

    record Root() implements TreeNode {
        @Override
        public NodeKey key() {
            return null;
        }
    }

    /** An inspection with its figures; {@code counts} null while they are read in the background. */
    record InspectionNode(Inspection inspection, NodeCounts counts) implements TreeNode {
        @Override
        public NodeKey key() {
            return NodeKey.inspection(inspection.id());
        }
    }

    /** A problem with its figures; {@code counts} null while they are read in the background. */
    record ProblemNode(Problem problem, NodeCounts counts) implements TreeNode {
        @Override
        public NodeKey key() {
            return NodeKey.problem(problem.id());
        }
    }

    /** A measure, whether it is overdue, and its deadline warning band (null: none). */
    record MeasureNode(Measure measure, boolean overdue, WarningBand band) implements TreeNode {
        public MeasureNode(Measure measure, boolean overdue) {
            this(measure, overdue, null);
        }

        @Override
        public NodeKey key() {
            return NodeKey.measure(measure.id());
        }
    }

    record DepartmentNode(String department, int measures) implements TreeNode {
        @Override
        public NodeKey key() {
            return null;
        }
    }
}
