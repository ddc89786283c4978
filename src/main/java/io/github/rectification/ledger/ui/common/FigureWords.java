package io.github.rectification.ledger.ui.common;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CountingRule;

/**
 * The names of the ledger's figures, one per counting rule, so that a figure is called the same
 * wherever it is shown and no two figures share a name: 已完成 is the measures whose status is
 * 已完成; the measures the completion rate counts as done are named after the rule (已完成并销号
 * under its 销号 part).
 */
public final class FigureWords {
    private FigureWords() {
    }

    /** The name of {@code LedgerFigures.measuresCountedDone()} under {@code rule}. */
    public static String countedDone(CountingRule rule) {
        if (rule.doneWhen() == CountingRule.DoneWhen.CLOSED) {
            return rule.longTermCountsAsDone() ? lang("figure.counted.closed.with.long.term")
                    : lang("figure.counted.closed");
        }
        return rule.longTermCountsAsDone() ? lang("figure.counted.done.with.long.term") : lang("figure.counted.done");
    }

    /**
     * The counting rule in the window's words, as printed beside every rate (in Chinese the same
     * words as {@link CountingRule#describe}).
     */
    public static String rule(CountingRule rule, int longTerm) {
        String basis = rule.basis() == CountingRule.Basis.MEASURES ? lang("figure.rule.measures")
                : lang("figure.rule.problems");
        boolean closed = rule.doneWhen() == CountingRule.DoneWhen.CLOSED;
        String doneWhen = closed ? lang("figure.rule.closed") : "";
        String term;
        if (!rule.longTermCountsAsDone()) {
            term = lang("figure.rule.long.term.not", longTerm);
        } else if (closed) {
            term = lang("figure.rule.long.term.done.closed", longTerm);
        } else {
            term = lang("figure.rule.long.term.done", longTerm);
        }
        return basis + doneWhen + term + lang("figure.rule.rounding");
    }
}
