package io.github.rectification.ledger.report.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.report.stats.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLinesTest {
    @Test
    void aKindFoundOftenIsOneLineWithItsCountAndAnExample() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 36; i++) {
            findings.add(new Finding(Finding.Kind.DONE_WITHOUT_COMPLETION_DATE, 1L, (long) i,
                    "措施“第" + i + "条”标为已完成，但未填完成时间"));
        }
        findings.add(new Finding(Finding.Kind.COMPLETION_DATE_BUT_NOT_DONE, 1L, 40L, "措施“甲”填了完成时间，但未标为已完成"));
        findings.add(new Finding(Finding.Kind.COMPLETION_DATE_BUT_NOT_DONE, 1L, 41L, "措施“乙”填了完成时间，但未标为已完成"));
        assertThat(FindingLines.of(findings)).containsExactly(
                "36条措施标为已完成，但未填完成时间（如措施“第1条”标为已完成，但未填完成时间）",
                "措施“甲”填了完成时间，但未标为已完成",
                "措施“乙”填了完成时间，但未标为已完成");
        assertThat(FindingLines.name(Finding.Kind.DONE_WITHOUT_COMPLETION_DATE)).isEqualTo("措施标为已完成，但未填完成时间");
        assertThat(FindingLines.name(Finding.Kind.NOTICE_FIGURE_MISMATCH)).isEqualTo("通报稿中有数字与台账不符");
    }
}
