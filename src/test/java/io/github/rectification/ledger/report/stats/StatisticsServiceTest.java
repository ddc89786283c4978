package io.github.rectification.ledger.report.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.CountingRule.Basis;
import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsServiceTest {
    @TempDir
    Path dir;

    @Test
    void figuresOfTheNoticeLedgerUnderTheDefaultRule() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 4);
            LedgerStatistics s = StatisticsService.of(store, NoticeLedger.DAY);
            assertThat(s.figures().problems()).isEqualTo(29);
            assertThat(s.figures().measures()).isEqualTo(145);
            assertThat(s.figures().count(Status.DONE)).isEqualTo(140);
            assertThat(s.figures().count(Status.LONG_TERM)).isEqualTo(4);
            assertThat(s.figures().measuresCountedDone()).isEqualTo(144);
            assertThat(s.figures().rate().formatted()).isEqualTo("99.31%");
            assertThat(s.figures().problemsUnfinished()).isEqualTo(1);
            assertThat(s.figures().measuresUnfinished()).isEqualTo(1);
            assertThat(s.figures().overdue()).isEqualTo(1);
            assertThat(s.figures().accountabilityByKind()).containsEntry("批评教育", 2).containsEntry("提醒谈话", 6);
            assertThat(s.figures().institutionsNew()).isEqualTo(13);
            assertThat(s.figures().institutionsRevised()).isEqualTo(14);
            assertThat(s.rateWithRule()).isEqualTo("99.31%（按整改措施计算，长期坚持计为已完成（含长期坚持4条），保留两位小数、四舍五入）");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "measures, true,  144, 145, 99.31%",
        "measures, false, 140, 145, 96.55%",
        "problems, true,  28,  29,  96.55%",
        "problems, false, 24,  29,  82.76%"})
    void eachCountingRuleStoredInTheLedgerGivesItsRate(String basis, boolean longTerm, long done, long total,
            String rate) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 4);
            store.settings().setCountingRule(new CountingRule(Basis.fromCode(basis), longTerm));
        }
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            LedgerStatistics s = StatisticsService.of(store, NoticeLedger.DAY);
            assertThat(s.figures().rate().done()).isEqualTo(done);
            assertThat(s.figures().rate().total()).isEqualTo(total);
            assertThat(s.figures().rate().formatted()).isEqualTo(rate);
            assertThat(s.figures().ruleText()).contains(basis.equals("measures") ? "按整改措施计算" : "按问题计算")
                    .contains(longTerm ? "含长期坚持4条" : "长期坚持不计为已完成");
        }
    }

    /**
     * The notice ledger with the done measures of problems 1 to 10 struck off (46: problems 1 to 4 hold a
     * long-term measure each) and one more of problem 11 requested but not yet struck off.
     */
    @ParameterizedTest
    @CsvSource({
        "measures, true,  50, 145, 34.48%",
        "measures, false, 46, 145, 31.72%",
        "problems, true,  10, 29,  34.48%",
        "problems, false, 6,  29,  20.69%"})
    void underTheCloseOutRuleOnlyStruckOffMeasuresCount(String basis, boolean longTerm, long done, long total,
            String rate) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 4);
            java.util.Map<Long, Integer> problemNumber = new java.util.HashMap<>();
            store.inspections().snapshot().problems().forEach(p -> problemNumber.put(p.id(), problemNumber.size() + 1));
            boolean requested = false;
            for (io.github.rectification.ledger.domain.Measure m : store.inspections().snapshot().measures()) {
                int number = problemNumber.get(m.problemId());
                if (m.status() != Status.DONE || number > 11) {
                    continue;
                }
                String uid = store.history().uidOf(RecordKind.MEASURE, m.id());
                if (number <= 10) {
                    store.closeOut().request(uid, "已整改到位");
                    store.closeOut().approve(uid, "同意", "现场核验");
                } else if (!requested) {
                    store.closeOut().request(uid, "已整改到位");
                    requested = true;
                }
            }
            store.settings().setCountingRule(new CountingRule(Basis.fromCode(basis), longTerm, CountingRule.DoneWhen.CLOSED));
        }
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            LedgerStatistics s = StatisticsService.of(store, NoticeLedger.DAY);
            assertThat(s.figures().rate().done()).isEqualTo(done);
            assertThat(s.figures().rate().total()).isEqualTo(total);
            assertThat(s.figures().rate().formatted()).isEqualTo(rate);
            assertThat(s.figures().measuresCountedDone()).isEqualTo(longTerm ? 50 : 46);
            assertThat(s.figures().count(Status.DONE)).as("the status counts stay").isEqualTo(140);
            assertThat(s.figures().ruleText()).contains("以销号为准计为已完成");
            assertThat(StatisticsService.figures(store, NoticeLedger.DAY)).isEqualTo(s.figures());
            if (basis.equals("measures")) {
                // problems 1 to 9 make the first category, all struck off; of the second only problem 10
                assertThat(s.byCategory().get(0).figures().rate().formatted()).isEqualTo(longTerm ? "100.00%" : "91.11%");
                assertThat(s.byCategory().get(1).figures().rate().formatted()).isEqualTo("10.00%");
            }
            store.settings().setCountingRule(store.settings().countingRule().withDoneWhen(CountingRule.DoneWhen.STATUS));
            assertThat(StatisticsService.of(store, NoticeLedger.DAY).figures().rate().done())
                    .as("by status, struck off or not").isEqualTo(basis.equals("measures") ? longTerm ? 144 : 140
                            : longTerm ? 28 : 24);
        }
    }

    @Test
    void groupsAddUpToTheWholeAndCountTheirOwnRate() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 4);
            LedgerStatistics s = StatisticsService.of(store, NoticeLedger.DAY);
            assertThat(s.byCategory()).extracting(GroupFigures::name).containsExactlyElementsOf(NoticeLedger.CATEGORIES);
            assertThat(s.byCategory()).extracting(g -> g.figures().problems()).containsExactly(9, 10, 6, 4);
            assertThat(s.byCategory().get(3).figures().rate().formatted()).isEqualTo("95.00%"); // 19 of 20
            assertThat(s.byDepartment().stream().mapToInt(g -> g.figures().measures()).sum()).isEqualTo(145);
            assertThat(s.byDepartment()).extracting(GroupFigures::name)
                    .containsExactlyInAnyOrderElementsOf(NoticeLedger.DEPARTMENTS);
            GroupFigures openDept = s.byDepartment().stream().filter(g -> g.figures().measuresUnfinished() == 1)
                    .findFirst().orElseThrow();
            assertThat(openDept.figures().rate().done()).isEqualTo(openDept.figures().measures() - 1);
            assertThat(s.byLeader().stream().mapToInt(g -> g.figures().measures()).sum()).isEqualTo(145);
            assertThat(s.open()).singleElement().satisfies(o -> {
                assertThat(o.measure().text()).isEqualTo(NoticeLedger.OPEN_MEASURE);
                assertThat(o.problem().title()).isEqualTo(NoticeLedger.OPEN_PROBLEM);
                assertThat(o.band()).isEqualTo(WarningBand.OVERDUE);
                assertThat(o.daysLeft()).isEqualTo(-119);
            });
        }
    }

    @Test
    void warningBandsAreSettingsOfTheLedger() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            assertThat(ReportSettings.warningBands(store)).isEqualTo(WarningBands.DEFAULT);
            ReportSettings.setWarningBands(store, new WarningBands(3, 7));
        }
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            assertThat(ReportSettings.warningBands(store)).isEqualTo(new WarningBands(3, 7));
        }
    }

    @Test
    void warningsFallIntoTheirBands() throws Exception {
        LedgerStatistics s = StatisticsService.compute(Ledgers.withDeadlines(NoticeLedger.DAY, -3, 0, 5, 10, 11, 20, 21),
                CountingRule.DEFAULT, WarningBands.DEFAULT, NoticeLedger.DAY);
        assertThat(s.warnings()).extracting(DeadlineWarning::daysLeft).containsExactly(-3L, 0L, 5L, 10L, 11L, 20L);
        assertThat(s.warnings()).extracting(DeadlineWarning::band).containsExactly(WarningBand.OVERDUE,
                WarningBand.DUE_SOON, WarningBand.DUE_SOON, WarningBand.DUE_SOON, WarningBand.UPCOMING,
                WarningBand.UPCOMING);
        assertThat(s.warnings().get(0).describe()).isEqualTo("逾期3天");
        LedgerStatistics narrow = StatisticsService.compute(s.ledger(), CountingRule.DEFAULT, new WarningBands(3, 5),
                NoticeLedger.DAY);
        assertThat(narrow.warnings()).extracting(DeadlineWarning::band).containsExactly(WarningBand.OVERDUE,
                WarningBand.DUE_SOON, WarningBand.UPCOMING);
    }
}
