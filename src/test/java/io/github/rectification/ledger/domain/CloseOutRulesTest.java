package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloseOutRulesTest {
    static final Instant T1 = Instant.parse("2026-11-01T08:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-02T08:00:00Z");

    static CloseOut requested() throws CloseOutRefusedException {
        return CloseOutRules.request(CloseOut.NONE, Status.DONE, " 已建立台账并完成培训 ", T1, "张三");
    }

    @Test
    void aFinishedMeasureWithANoteMayBeRequested() throws Exception {
        CloseOut r = requested();
        assertThat(r.state()).isEqualTo(CloseOutState.REQUESTED);
        assertThat(r.note()).isEqualTo("已建立台账并完成培训");
        assertThat(r.requestedAt()).isEqualTo(T1);
        assertThat(r.requestedBy()).isEqualTo("张三");
    }

    @Test
    void aRequestNeedsAFinishedMeasureANoteAndNoOpenOrFinalCloseOut() throws Exception {
        for (Status s : new Status[] {Status.IN_PROGRESS, Status.LONG_TERM, Status.NOT_STARTED}) {
            assertThatThrownBy(() -> CloseOutRules.request(CloseOut.NONE, s, "说明", T1, "张三"))
                    .isInstanceOf(CloseOutRefusedException.class).hasMessageContaining(s.word());
        }
        assertThatThrownBy(() -> CloseOutRules.request(CloseOut.NONE, Status.DONE, "  ", T1, "张三"))
                .hasMessageContaining("完成情况说明");
        assertThatThrownBy(() -> CloseOutRules.request(requested(), Status.DONE, "再次", T1, "张三"))
                .hasMessageContaining("等待审核");
        CloseOut closed = CloseOutRules.approve(requested(), 1, "同意", "", T2, "李四");
        assertThatThrownBy(() -> CloseOutRules.request(closed, Status.DONE, "再次", T1, "张三"))
                .hasMessageContaining("已销号");
    }

    @Test
    void approvalNeedsARequestAndEvidenceOrAReason() throws Exception {
        assertThatThrownBy(() -> CloseOutRules.approve(CloseOut.NONE, 3, "同意", "", T2, "李四"))
                .hasMessageContaining("没有待审核");
        assertThatThrownBy(() -> CloseOutRules.approve(requested(), 0, "同意", " ", T2, "李四"))
                .hasMessageContaining("佐证材料");
        CloseOut withEvidence = CloseOutRules.approve(requested(), 2, "同意销号", "不用", T2, "李四");
        assertThat(withEvidence.state()).isEqualTo(CloseOutState.CLOSED);
        assertThat(withEvidence.decidedBy()).isEqualTo("李四");
        assertThat(withEvidence.decidedAt()).isEqualTo(T2);
        assertThat(withEvidence.opinion()).isEqualTo("同意销号");
        assertThat(withEvidence.override()).as("no reason is kept where evidence exists").isEmpty();
        assertThat(withEvidence.note()).isEqualTo("已建立台账并完成培训");
        CloseOut overridden = CloseOutRules.approve(requested(), 0, "", "材料为涉密文件,已线下核验", T2, "李四");
        assertThat(overridden.override()).isEqualTo("材料为涉密文件,已线下核验");
    }

    @Test
    void aReturnNeedsARequestAndAReasonAndMayBeRequestedAgain() throws Exception {
        assertThatThrownBy(() -> CloseOutRules.reject(CloseOut.NONE, "材料不全", T2, "李四"))
                .hasMessageContaining("没有待审核");
        assertThatThrownBy(() -> CloseOutRules.reject(requested(), "", T2, "李四")).hasMessageContaining("理由");
        CloseOut back = CloseOutRules.reject(requested(), "材料不全", T2, "李四");
        assertThat(back.state()).isEqualTo(CloseOutState.RETURNED);
        assertThat(back.opinion()).isEqualTo("材料不全");
        assertThat(CloseOutRules.statusAfterReturn()).isEqualTo(Status.IN_PROGRESS);
        assertThat(CloseOutRules.request(back, Status.DONE, "已补充材料", T2, "张三").state())
                .isEqualTo(CloseOutState.REQUESTED);
    }
}
