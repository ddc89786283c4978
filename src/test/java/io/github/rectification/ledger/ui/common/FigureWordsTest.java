package io.github.rectification.ledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import org.junit.jupiter.api.Test;

/** The window names the counting rule in the printed words, in Chinese; in English in its own. */
class FigureWordsTest {
    @Test
    void theRuleInChineseIsWordForWordThePrintedOne() {
        for (CountingRule.Basis basis : CountingRule.Basis.values()) {
            for (boolean longTerm : new boolean[] {true, false}) {
                for (CountingRule.DoneWhen when : CountingRule.DoneWhen.values()) {
                    CountingRule rule = new CountingRule(basis, longTerm, when);
                    for (int n : new int[] {0, 3, 12345}) {
                        assertThat(FigureWords.rule(rule, n)).isEqualTo(rule.describe(n));
                    }
                }
            }
        }
    }

    @Test
    void theCloseOutPartIsNamedOnlyUnderIt() {
        CountingRule closed = CountingRule.DEFAULT.withDoneWhen(CountingRule.DoneWhen.CLOSED);
        assertThat(FigureWords.rule(closed, 2)).isEqualTo("按整改措施计算，以销号为准计为已完成（已完成未销号的不计），"
                + "长期坚持计为已完成（含长期坚持2条，无需销号），保留两位小数、四舍五入");
        assertThat(FigureWords.rule(CountingRule.DEFAULT, 2)).doesNotContain("销号");
        assertThat(FigureWords.countedDone(closed)).isEqualTo("计为完成（已销号，含长期坚持）");
        assertThat(FigureWords.countedDone(closed.withLongTermCountsAsDone(false))).isEqualTo("已完成并销号");
        assertThat(FigureWords.countedDone(CountingRule.DEFAULT)).isEqualTo("计为完成（含长期坚持）");
        assertThat(FigureWords.countedDone(CountingRule.DEFAULT.withLongTermCountsAsDone(false))).isEqualTo("已完成");
    }

    @Test
    void theRuleInEnglishNamesTheBasisTheLongTermAndTheRounding() {
        System.setProperty("ledger.language", "en");
        Localization.reload();
        try {
            assertThat(FigureWords.rule(CountingRule.DEFAULT, 1)).isEqualTo(
                    "by measures, long-term measures count as done (1 of them), rounded to two decimals, half up");
            assertThat(FigureWords.rule(new CountingRule(CountingRule.Basis.PROBLEMS, false), 0))
                    .startsWith("by problems").contains("do not count as done (none)");
            CountingRule closed = CountingRule.DEFAULT.withDoneWhen(CountingRule.DoneWhen.CLOSED);
            assertThat(FigureWords.rule(closed, 1)).isEqualTo("by measures, a done measure counts as done only once"
                    + " struck off (done but not struck off does not count), long-term measures count as done"
                    + " (1 of them, without being struck off), rounded to two decimals, half up");
            assertThat(FigureWords.rule(CountingRule.DEFAULT, 1)).doesNotContain("struck off");
            assertThat(FigureWords.countedDone(closed.withLongTermCountsAsDone(false))).isEqualTo("Done and struck off");
        } finally {
            System.clearProperty("ledger.language");
            Localization.reload();
        }
    }
}
