package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionRateTest {
    @Test
    void rateOfTheNoticeIsRoundedHalfUpToTwoDecimals() {
        assertThat(new CompletionRate(144, 145).formatted()).isEqualTo("99.31%");
        assertThat(new CompletionRate(688, 697).formatted()).isEqualTo("98.71%");
        assertThat(new CompletionRate(37, 38).formatted()).isEqualTo("97.37%");
    }

    @Test
    void halfUpNotHalfEven() {
        // 1/8 = 12.5% exactly; 1/800 = 0.125% → 0.13%
        assertThat(new CompletionRate(1, 800).formatted()).isEqualTo("0.13%");
    }

    @Test
    void nothingToCountIsZero() {
        assertThat(new CompletionRate(0, 0).formatted()).isEqualTo("0.00%");
    }
}
