package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.MergeOutcome;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.ThreeWayMerge;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A returned workbook's problem merged three ways against the problem as sent: the label, category,
 * title and description each taken from the workbook only where the office left it as sent. A
 * field both changed keeps the ledger's value and is reported.
 */
final class ProblemMerge {
    /** Hears of a field both sides changed. */
    @FunctionalInterface
    interface Conflicts {
        void conflict(String field, String ledger, String workbook);
    }

    private static final BiPredicate<String, String> SAME = (a, b) -> strip(a).equals(strip(b));

    private ProblemMerge() {
    }

    /**
     * @param old      the ledger's problem
     * @param workbook the problem as today's import would write it (the workbook's values, placed)
     * @param base     the problem as sent, or null when the batch does not hold it
     */
    static Problem merged(Problem old, Problem workbook, Problem base, Conflicts conflicts) {
        String seq = field("序号", Problem::seq, old, workbook, base, conflicts);
        String category = field("问题类别", Problem::category, old, workbook, base, conflicts);
        String title = field("问题", Problem::title, old, workbook, base, conflicts);
        String description = field("问题描述", Problem::description, old, workbook, base, conflicts);
        return new Problem(workbook.id(), workbook.inspectionId(), workbook.parentId(), seq, category, title,
                description, workbook.order());
    }

    private static String field(String name, Function<Problem, String> get, Problem old, Problem workbook,
            Problem base, Conflicts conflicts) {
        String l = get.apply(old);
        String w = get.apply(workbook);
        MergeOutcome o = base == null ? ThreeWayMerge.withoutBase(l, w, SAME)
                : ThreeWayMerge.decide(get.apply(base), l, w, true, SAME);
        if (o == MergeOutcome.CONFLICT) {
            conflicts.conflict(name, l, w);
        }
        return o == MergeOutcome.TAKE_WORKBOOK ? w : l;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
