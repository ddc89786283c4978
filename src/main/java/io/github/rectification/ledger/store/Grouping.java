package io.github.rectification.ledger.store;

/** What the measures are grouped by when SQLite counts them ({@link InspectionRepository#breakdowns}). */
public enum Grouping {
    /** The problem's category, else its nearest parent's; stripped, or null when none has one. */
    CATEGORY,
    /** The lead department as written. */
    DEPARTMENT,
    /** The responsible leader as written. */
    LEADER
}
