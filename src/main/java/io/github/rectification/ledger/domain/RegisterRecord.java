package io.github.rectification.ledger.domain;

/**
 * A record of one of the ledger's registers (问责 or 建章立制): added, edited and deleted on its own,
 * linked to a problem at most, never part of the tree of inspections, problems and measures.
 */
public sealed interface RegisterRecord extends LedgerRecord permits AccountabilityRecord, InstitutionRecord {

    /** The problem the record is counted under; null when it names none. */
    Long problemId();
}
