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
        NOTICE_FIGURE_MISMATCH("notice_figure_mismatch");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
