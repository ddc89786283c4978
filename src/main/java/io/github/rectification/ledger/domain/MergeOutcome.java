package io.github.rectification.ledger.domain;

/** What a three-way merge does with one field of a returned workbook. */
public enum MergeOutcome {
    /** The ledger's value stays: nobody changed it, only the office did, or both alike. */
    KEEP,
    /** The workbook's value is taken: only the workbook changed it. */
    TAKE_WORKBOOK,
    /** The workbook changed it and so did the office (differently), or it is outside the workbook's part. */
    CONFLICT
}
