package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.CountingRule.Basis;
import io.github.rectification.ledger.domain.CountingRule.DoneWhen;
import org.junit.jupiter.api.Test;

/** The counting rule's three parts: which measures count as done, and the words printed beside a rate. */
class CountingRuleTest {
    private static final CountingRule CLOSED = CountingRule.DEFAULT.withDoneWhen(DoneWhen.CLOSED);

    @Test
    void byDefaultADoneMeasureCountsByItsStatusWhetherStruckOffOrNot() {
        assertThat(CountingRule.DEFAULT.doneWhen()).isEqualTo(DoneWhen.STATUS);
        assertThat(new CountingRule(Basis.PROBLEMS, false)).isEqualTo(new CountingRule(Basis.PROBLEMS, false,
                DoneWhen.STATUS));
        assertThat(CountingRule.DEFAULT.countsAsDone(Status.DONE, false)).isTrue();
        assertThat(CountingRule.DEFAULT.countsAsDone(Status.DONE, true)).isTrue();
        assertThat(CountingRule.DEFAULT.countsAsDone(Status.LONG_TERM, false)).isTrue();
        assertThat(CountingRule.DEFAULT.withLongTermCountsAsDone(false).countsAsDone(Status.LONG_TERM, false)).isFalse();
        assertThat(CountingRule.DEFAULT.countsAsDone(Status.IN_PROGRESS, true)).isFalse();
        assertThat(CountingRule.DEFAULT.countsAsDone(Status.NOT_STARTED, false)).isFalse();
    }

    @Test
    void underTheCloseOutRuleADoneMeasureCountsOnlyOnceStruckOff() {
        assertThat(CLOSED.countsAsDone(Status.DONE, true)).isTrue();
        assertThat(CLOSED.countsAsDone(Status.DONE, false)).isFalse();
        // struck off, then set back: its status counts
        assertThat(CLOSED.countsAsDone(Status.IN_PROGRESS, true)).isFalse();
        assertThat(CLOSED.countsAsDone(Status.NOT_STARTED, true)).isFalse();
        // long-term measures are never struck off; they count by the long-term part
        assertThat(CLOSED.countsAsDone(Status.LONG_TERM, false)).isTrue();
        assertThat(CLOSED.withLongTermCountsAsDone(false).countsAsDone(Status.LONG_TERM, false)).isFalse();
        assertThat(CLOSED.withLongTermCountsAsDone(false).countsAsDone(Status.LONG_TERM, true)).isFalse();
    }

    @Test
    void eachPartChangesAloneAndTheCodesAreThoseStored() {
        CountingRule r = CountingRule.DEFAULT.withBasis(Basis.PROBLEMS).withLongTermCountsAsDone(false)
                .withDoneWhen(DoneWhen.CLOSED);
        assertThat(r).isEqualTo(new CountingRule(Basis.PROBLEMS, false, DoneWhen.CLOSED));
        assertThat(r.withBasis(Basis.MEASURES).doneWhen()).isEqualTo(DoneWhen.CLOSED);
        assertThat(r.withLongTermCountsAsDone(true).doneWhen()).isEqualTo(DoneWhen.CLOSED);
        assertThat(DoneWhen.STATUS.code()).isEqualTo("status");
        assertThat(DoneWhen.CLOSED.code()).isEqualTo("closed");
        assertThat(DoneWhen.fromCode("closed")).isEqualTo(DoneWhen.CLOSED);
        assertThatThrownBy(() -> DoneWhen.fromCode("struck")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWordsNameTheCloseOutPartOnlyUnderIt() {
        assertThat(CountingRule.DEFAULT.describe(3))
                .isEqualTo("按整改措施计算，长期坚持计为已完成（含长期坚持3条），保留两位小数、四舍五入");
        assertThat(new CountingRule(Basis.PROBLEMS, false).describe(2))
                .isEqualTo("按问题计算（问题的全部措施完成方计为整改到位），长期坚持不计为已完成（另有长期坚持2条），保留两位小数、四舍五入");
        assertThat(CLOSED.describe(3)).isEqualTo("按整改措施计算，以销号为准计为已完成（已完成未销号的不计），"
                + "长期坚持计为已完成（含长期坚持3条，无需销号），保留两位小数、四舍五入");
        assertThat(new CountingRule(Basis.PROBLEMS, false, DoneWhen.CLOSED).describe(0))
                .isEqualTo("按问题计算（问题的全部措施完成方计为整改到位），以销号为准计为已完成（已完成未销号的不计），"
                        + "长期坚持不计为已完成（另有长期坚持0条），保留两位小数、四舍五入");
        assertThat(CLOSED.describe(1)).doesNotContain(",").doesNotContain("(");
    }
}
