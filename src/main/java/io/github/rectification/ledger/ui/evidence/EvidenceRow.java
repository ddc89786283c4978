package io.github.rectification.ledger.ui.evidence;

import io.github.rectification.ledger.domain.Evidence;

/** One attachment as the list shows it. */
public record EvidenceRow(Evidence evidence, String name, String size, String added) {
}
