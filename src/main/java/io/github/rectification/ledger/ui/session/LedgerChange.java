package io.github.rectification.ledger.ui.session;

/**
 * The ledger changed: views reload what they show. {@code focus} is the record to select
 * afterwards (null: keep the selection); {@code reopened} tells that another file is now open.
 */
public record LedgerChange(long revision, NodeKey focus, boolean reopened) {
}
