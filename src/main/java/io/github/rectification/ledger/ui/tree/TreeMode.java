package io.github.rectification.ledger.ui.tree;

/** How the tree groups measures: by inspection and problem, or by lead department. */
public enum TreeMode {
    BY_INSPECTION,
    BY_DEPARTMENT
}
