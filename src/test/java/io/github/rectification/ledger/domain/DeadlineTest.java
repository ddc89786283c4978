package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private static final LocalDate MARCH_END = LocalDate.of(2022, 3, 31);

    @Test
    void aDateDeadlineKeepsItsDateAndTheTextAsWritten() {
        Deadline d = new Deadline(DeadlineKind.DATE, MARCH_END, "2022年3月底");
        assertThat(d.hasDate()).isTrue();
        assertThat(d.date()).isEqualTo(MARCH_END);
        assertThat(d.display()).isEqualTo("2022年3月底");
        assertThat(Deadline.on(MARCH_END).display()).isEqualTo("2022-03-31");
        // a report prints every date alike, however the ledger wrote it
        assertThat(d.printed()).isEqualTo("2022年3月31日");
        assertThat(Deadline.on(MARCH_END).printed()).isEqualTo("2022年3月31日");
        assertThat(Deadline.longTerm().printed()).isEqualTo("长期坚持");
    }

    @Test
    void longTermAndImmediateHaveNoDate() {
        assertThat(Deadline.longTerm().kind()).isEqualTo(DeadlineKind.LONG_TERM);
        assertThat(Deadline.longTerm().display()).isEqualTo("长期坚持");
        assertThat(Deadline.immediate().kind()).isEqualTo(DeadlineKind.IMMEDIATE);
        assertThat(Deadline.immediate().display()).isEqualTo("立行立改");
        assertThat(new Deadline(DeadlineKind.LONG_TERM, MARCH_END, null).date()).isNull();
        assertThat(Deadline.NONE.display()).isEmpty();
        assertThat(Deadline.NONE.hasDate()).isFalse();
    }

    @Test
    void aDateKindNeedsADate() {
        assertThatThrownBy(() -> new Deadline(DeadlineKind.DATE, null, "8月底前"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankTextIsNoText() {
        assertThat(new Deadline(DeadlineKind.NONE, null, "  ").text()).isNull();
    }

    @Test
    void onlyADatePasses() {
        LocalDate after = MARCH_END.plusDays(1);
        assertThat(Deadline.on(MARCH_END).passed(after)).isTrue();
        assertThat(Deadline.on(MARCH_END).passed(MARCH_END)).isFalse();
        assertThat(Deadline.longTerm().passed(after)).isFalse();
        assertThat(Deadline.immediate().passed(after)).isFalse();
        assertThat(Deadline.NONE.passed(after)).isFalse();
    }

    @Test
    void kindCodesAreTheJsonValues() {
        for (DeadlineKind k : DeadlineKind.values()) {
            assertThat(DeadlineKind.fromCode(k.code())).isEqualTo(k);
        }
        assertThat(DeadlineKind.LONG_TERM.code()).isEqualTo("long_term");
        assertThat(DeadlineKind.IMMEDIATE.code()).isEqualTo("immediate");
        assertThatThrownBy(() -> DeadlineKind.fromCode("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
