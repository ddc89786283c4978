package io.github.rectification.ledger.report.stats;

/**
 * Something to put right before a summary or notice is printed.
 *
 * @param problemId the problem concerned, or null
 * @param measureId the measure concerned, or null
 * @param message   what is wrong, in words an office reads
 */
public record Finding(Kind kind, Long problemId, Long measureId, String message) {

    public enum Kind {
        /** A problem counted as rectified while one of its sub-problems has a measure not done. */
        PROBLEM_DONE_WITH_OPEN_MEASURE("problem_done_with_open_measure"),
        /** A measure marked done without a completion date. */
        DONE_WITHOUT_COMPLETION_DATE("done_without_completion_date"),
        /** A measure with a completion date whose status says it is not done. */
        COMPLETION_DATE_BUT_NOT_DONE("completion_date_but_not_done"),
        /** A figure typed into the notice draft that the ledger does not bear out. */
        NOTICE_FIGURE_MISMATCH("notice_figure_mismatch"),
        /** A measure without a lead department. */
        NO_DEPARTMENT("no_department"),
        /** A measure without a responsible leader. */
        NO_LEADER("no_leader"),
        /** A measure without a deadline. */
        NO_DEADLINE("no_deadline"),
        /** A measure marked done without any progress text. */
        DONE_WITHOUT_PROGRESS("done_without_progress"),
        /** Progress that only repeats the measure or says 已完成 (文字整改). */
        PROGRESS_ONLY_WORDS("progress_only_words"),
        /** In progress and not changed for longer than the ledger's setting. */
        STALE_IN_PROGRESS("stale_in_progress"),
        /** An unfinished measure whose deadline is before the feedback of its inspection. */
        DEADLINE_BEFORE_FEEDBACK("deadline_before_feedback"),
        /** The same measure text twice under one problem. */
        DUPLICATE_MEASURE("duplicate_measure"),
        /** A lead department that the directory does not know. */
        DEPARTMENT_NOT_IN_DIRECTORY("department_not_in_directory"),
        /** A lead department written by one of its aliases. */
        DEPARTMENT_ALIAS("department_alias"),
        /** Struck off (已销号) without evidence, on the office's reason. */
        CLOSED_WITHOUT_EVIDENCE("closed_without_evidence");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
