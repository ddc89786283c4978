package io.github.rectification.ledger.exchange.evidence;

import io.github.rectification.ledger.domain.Evidence;

/**
 * One file of an evidence package and its line in the index: where it lies in the package, and the
 * problem and measure it proves.
 */
public record PackageEntry(String path, String inspection, String problemSeq, String problem, String measureSeq,
        String measure, Evidence evidence) {
}
