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
                CountingRule rule = new CountingRule(basis, longTerm);
                for (int n : new int[] {0, 3, 12345}) {
                    assertThat(FigureWords.rule(rule, n)).isEqualTo(rule.describe(n));
                }
            }
        }
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
        } finally {
            System.clearProperty("ledger.language");
            Localization.reload();
        }
    }
}
