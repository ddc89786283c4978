package io.github.rectification.ledger.domain;

/**
 * The kinds of record a ledger keeps with an id and a stable id, and whose changes its history
 * records: what a history entry, a stable id or an undone delete is about. Where each kind is kept
 * is the store's business alone.
 */
public enum RecordKind {
    INSPECTION,
    PROBLEM,
    MEASURE,
    ACCOUNTABILITY,
    INSTITUTION,
    /** A file of 佐证材料: attached and removed, never edited. */
    EVIDENCE
}
