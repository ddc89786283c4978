package io.github.rectification.ledger.domain;

import java.util.function.BiPredicate;

/**
 * The rule that merges one field of a returned workbook into the ledger against the value the
 * workbook was sent with (its base). Pure: no store, no workbook.
 */
public final class ThreeWayMerge {
    private ThreeWayMerge() {
    }

    /**
     * @param base     the value as sent
     * @param ledger   the ledger's value now
     * @param workbook the value the workbook returns
     * @param inPart   false when the record lies outside the part the workbook was sent for
     * @param same     when two values count as equal
     */
    public static <T> MergeOutcome decide(T base, T ledger, T workbook, boolean inPart, BiPredicate<T, T> same) {
        if (same.test(workbook, ledger)) {
            return MergeOutcome.KEEP;
        }
        if (same.test(base, workbook)) {
            return MergeOutcome.KEEP;
        }
        if (!inPart) {
            return MergeOutcome.CONFLICT;
        }
        return same.test(base, ledger) ? MergeOutcome.TAKE_WORKBOOK : MergeOutcome.CONFLICT;
    }

    /** The merge of a record that has no base: any difference is for the user to decide. */
    public static <T> MergeOutcome withoutBase(T ledger, T workbook, BiPredicate<T, T> same) {
        return same.test(workbook, ledger) ? MergeOutcome.KEEP : MergeOutcome.CONFLICT;
    }
}
