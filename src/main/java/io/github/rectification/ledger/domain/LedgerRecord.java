package io.github.rectification.ledger.domain;

/**
 * A record of the ledger that has an id and a history: the one type commands, changes and undo
 * carry records as, so that a switch over it names every kind and the compiler finds the one
 * forgotten.
 */
public sealed interface LedgerRecord permits Inspection, Problem, Measure, RegisterRecord, Evidence {

    /**
     * Which kind of record this is; each record type answers with its own. Not {@code kind()}: the
     * registers' records already name their form of accountability or of rule so.
     */
    RecordKind recordKind();

    /** The record's id in its ledger; 0 for a draft not yet added. */
    long id();
}
