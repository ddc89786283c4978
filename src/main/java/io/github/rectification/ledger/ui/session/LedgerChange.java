package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.domain.LedgerRecord;

/**
 * The ledger changed: views reload what they show. {@code focus} is the record to select
 * afterwards (null: keep the selection); {@code reopened} tells that another file is now open;
 * {@code edited}, when not null, is the one record whose fields alone changed (as it is now), so
 * that views may update just that record.
 */
public record LedgerChange(long revision, NodeKey focus, boolean reopened, LedgerRecord edited) {
}
