package io.github.rectification.ledger.exchange.layout;

/** What a column of a ledger sheet holds. */
public enum Field {
    SEQ, CATEGORY, PROBLEM, MEASURE, LEADER, DEPARTMENT, SUPPORTING, PERSON, DEADLINE, PROGRESS, STATUS, REMARKS,
    COMPLETED_ON,
    /** A department's request for 销号 in its returned workbook, with its note. */
    CLOSE_OUT_REQUEST, CLOSE_OUT_NOTE,
    /** Hidden round-trip columns of an exported ledger. */
    PROBLEM_UID, MEASURE_UID, PARENT_UID, MEASURE_SEQ, PROBLEM_DESCRIPTION,
    /** The names of the attached files as the export wrote them, beside the 佐证材料 it shows. */
    EVIDENCE_WRITTEN,
    /** Accountability register (问责情况). */
    PERSON_NAME, POSITION, ACCOUNTABILITY_KIND, RELATED_PROBLEM, DATE,
    /** Institution register (建章立制). */
    INSTITUTION_TITLE, DOC_NO, INSTITUTION_KIND, ISSUED_ON,
    /** The stable id of a register row. */
    UID
}
