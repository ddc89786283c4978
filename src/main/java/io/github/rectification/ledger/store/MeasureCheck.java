package io.github.rectification.ledger.store;

/**
 * The checks of single measures that the quality check asks of SQLite, each the SQL of a rule the
 * report layer defines ({@code QualityCheck}, {@code ConsistencyCheck}, {@link
 * io.github.rectification.ledger.domain.ProgressWords}) and held to it by {@code SqlFindingsTest}.
 */
public enum MeasureCheck {
    /** 已完成 without a completion date. */
    DONE_WITHOUT_COMPLETION_DATE,
    /** Unfinished with a completion date. */
    COMPLETION_DATE_BUT_NOT_DONE,
    /** A blank lead department. */
    NO_DEPARTMENT,
    /** A blank responsible leader. */
    NO_LEADER,
    /** A deadline that shows as blank. */
    NO_DEADLINE,
    /** 已完成 with blank progress. */
    DONE_WITHOUT_PROGRESS,
    /** Progress that only repeats the measure or says 已完成, unless it is 已完成 with blank progress. */
    PROGRESS_ONLY_WORDS,
    /** Unfinished, with a deadline date before its inspection's feedback date. */
    DEADLINE_BEFORE_FEEDBACK,
    /** A non-blank text that an earlier measure of the same problem has too. */
    DUPLICATE_MEASURE,
    /** Struck off (已销号) and no evidence owned by it. */
    CLOSED_WITHOUT_EVIDENCE
}
