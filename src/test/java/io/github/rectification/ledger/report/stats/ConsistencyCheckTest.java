package io.github.rectification.ledger.report.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBands;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {
    static final LocalDate DAY = LocalDate.of(2022, 7, 28);

    @Test
    void findsWhatMustBePutRightBeforePrinting() {
        Problem parent = new Problem(1, 1, null, "(一)", "", "党建工作抓得不够紧", "", 1);
        Problem child = new Problem(2, 1, 1L, "1.", "", "组织生活不规范", "", 1);
        Problem other = new Problem(3, 1, null, "(二)", "", "财经纪律执行不严格", "", 2);
        Ledger ledger = new Ledger(List.of(Inspection.draft("巡察").withId(1)), List.of(parent, child, other), List.of(
                Ledgers.measure(1, 1, Status.DONE, Deadline.NONE, DAY),
                Ledgers.measure(2, 2, Status.IN_PROGRESS, Deadline.NONE, null),
                Ledgers.measure(3, 3, Status.DONE, Deadline.NONE, null),
                Ledgers.measure(4, 3, Status.NOT_STARTED, Deadline.NONE, DAY)), List.of(), List.of());
        List<Finding> findings = ConsistencyCheck.of(
                StatisticsService.compute(ledger, CountingRule.DEFAULT, WarningBands.DEFAULT, DAY));
        assertThat(findings).extracting(Finding::kind).containsExactly(
                Finding.Kind.PROBLEM_DONE_WITH_OPEN_MEASURE,
                Finding.Kind.DONE_WITHOUT_COMPLETION_DATE,
                Finding.Kind.COMPLETION_DATE_BUT_NOT_DONE);
        assertThat(findings.get(0).problemId()).isEqualTo(1L);
        assertThat(findings.get(0).measureId()).isEqualTo(2L);
        assertThat(findings.get(0).message()).contains("党建工作抓得不够紧").contains("措施2");
        assertThat(findings.get(1).measureId()).isEqualTo(3L);
        assertThat(findings.get(2).measureId()).isEqualTo(4L);
        assertThat(findings.get(2).message()).contains("未启动");
    }

    @Test
    void aCleanLedgerHasNoFindings() {
        Ledger ledger = Ledgers.withDeadlines(DAY, 5);
        assertThat(ConsistencyCheck.of(StatisticsService.compute(ledger, CountingRule.DEFAULT, WarningBands.DEFAULT,
                DAY))).isEmpty();
    }
}
