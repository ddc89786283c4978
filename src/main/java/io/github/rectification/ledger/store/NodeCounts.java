package io.github.rectification.ledger.store;

/** Figures shown beside a tree node: its measures, how many are done (or long-term), how many overdue. */
public record NodeCounts(int problems, int measures, int finished, int overdue) {
    public static final NodeCounts ZERO = new NodeCounts(0, 0, 0, 0);
}
