package io.github.rectification.ledger.ui.form;

/** A field whose values the ledger already holds are offered while typing in it. */
public enum SuggestedField {
    CATEGORY,
    LEADER,
    DEPARTMENT,
    PERSON
}
