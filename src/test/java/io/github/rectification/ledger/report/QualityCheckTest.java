package io.github.rectification.ledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.quality.QualityCheck;
import io.github.rectification.ledger.report.quality.QualityFinding;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCheckTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    static final Set<Finding.Kind> NEW = EnumSet.range(Finding.Kind.NO_DEPARTMENT, Finding.Kind.CLOSED_WITHOUT_EVIDENCE);

    @TempDir
    Path dir;

    private static Map<Finding.Kind, List<String>> check(LedgerStore store) {
        return QualityCheck.of(store, StatisticsService.of(store, DAY), DAY).stream().collect(Collectors.toMap(
                QualityFinding::kind, f -> f.records().stream().map(r -> store.inspections().measure(r.measureId()).orElseThrow().text())
                        .toList()));
    }

    @Test
    void theCleanSeedLedgerHasNoneOfTheOfficesFindings() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            store.directory().buildFromLedger();
            assertThat(check(store).keySet()).doesNotContainAnyElementsOf(NEW);
        }
    }

    private static Measure add(LedgerStore store, long problem, String text, String leader, String department,
            Deadline deadline, Status status, String progress) {
        return store.inspections().add(MeasureBuilder.under(problem).text(text).leader(leader).department(department)
                .deadline(deadline).status(status).completedOn(status == Status.DONE ? DAY.minusDays(3) : null)
                .progress(progress).build());
    }

    @Test
    void eachCheckFindsExactlyItsMeasures() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = store.inspections().add(new Inspection(0, "巡察", "市民政局", "", null, null, LocalDate.of(2026, 3, 1), null, 0));
            long p = store.inspections().add(Problem.draft(i.id(), "问题")).id();
            Deadline june = Deadline.on(LocalDate.of(2026, 6, 30));
            add(store, p, "好措施", "王局长", "办公室", june, Status.DONE, "已制定制度并组织学习");
            add(store, p, "无部门", "王局长", "", june, Status.IN_PROGRESS, "推进中");
            add(store, p, "无领导", "", "办公室", june, Status.IN_PROGRESS, "推进中");
            add(store, p, "无时限", "王局长", "办公室", Deadline.NONE, Status.IN_PROGRESS, "推进中");
            add(store, p, "无进展", "王局长", "办公室", june, Status.DONE, "");
            add(store, p, "文字整改", "王局长", "办公室", june, Status.DONE, "已完成。");
            add(store, p, "照抄措施", "王局长", "办公室", june, Status.DONE, "照抄措施");
            add(store, p, "时限早于反馈", "王局长", "办公室", Deadline.on(LocalDate.of(2026, 2, 1)), Status.IN_PROGRESS, "推进中");
            add(store, p, "好措施", "王局长", "办公室", june, Status.IN_PROGRESS, "推进中");
            add(store, p, "别名部门", "王局长", "办", june, Status.IN_PROGRESS, "推进中");
            add(store, p, "名录外", "王局长", "新设处", june, Status.IN_PROGRESS, "推进中");
            Measure closed = add(store, p, "无佐证销号", "王局长", "办公室", june, Status.DONE, "已建立长效机制");
            store.directory().buildFromLedger();
            Department office = store.directory().resolve("办公室").orElseThrow();
            store.directory().merge("办公室", "办");
            store.directory().merge("办公室", "新设处");
            String uid = store.history().uidOf(RecordKind.MEASURE, closed.id());
            store.closeOut().request(uid, "完成");
            store.closeOut().approve(uid, "同意", "涉密，已线下核验");
            // the directory forgets 新设处 again, so that it is outside it
            store.directory().update(new Department(office.id(), office.name(), List.of("办"), "", ""));

            Map<Finding.Kind, List<String>> found = check(store);
            assertThat(found.get(Finding.Kind.NO_DEPARTMENT)).containsExactly("无部门");
            assertThat(found.get(Finding.Kind.NO_LEADER)).containsExactly("无领导");
            assertThat(found.get(Finding.Kind.NO_DEADLINE)).containsExactly("无时限");
            assertThat(found.get(Finding.Kind.DONE_WITHOUT_PROGRESS)).containsExactly("无进展");
            assertThat(found.get(Finding.Kind.PROGRESS_ONLY_WORDS)).containsExactly("文字整改", "照抄措施");
            assertThat(found.get(Finding.Kind.DEADLINE_BEFORE_FEEDBACK)).containsExactly("时限早于反馈");
            assertThat(found.get(Finding.Kind.DUPLICATE_MEASURE)).containsExactly("好措施");
            assertThat(found.get(Finding.Kind.DEPARTMENT_ALIAS)).containsExactly("别名部门");
            assertThat(found.get(Finding.Kind.DEPARTMENT_NOT_IN_DIRECTORY)).containsExactly("名录外");
            assertThat(found.get(Finding.Kind.CLOSED_WITHOUT_EVIDENCE)).containsExactly("无佐证销号");
            assertThat(found).doesNotContainKey(Finding.Kind.STALE_IN_PROGRESS);
        }
    }

    @Test
    void aMeasureInProgressUnchangedForLongerThanTheSettingIsNamed() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            long p = store.inspections().add(Problem.draft(i.id(), "问题")).id();
            add(store, p, "推进中", "王局长", "办公室", Deadline.on(DAY), Status.IN_PROGRESS, "推进中");
            LocalDate later = LocalDate.now().plusDays(LedgerSettings.STALE_DAYS.defaultValue() + 2);
            List<QualityFinding> f = QualityCheck.of(store, StatisticsService.of(store, later), later);
            assertThat(f).filteredOn(x -> x.kind() == Finding.Kind.STALE_IN_PROGRESS).singleElement()
                    .satisfies(x -> assertThat(x.summary()).startsWith("1条"));
            store.settings().put(LedgerSettings.STALE_DAYS, LedgerSettings.STALE_DAYS.defaultValue() + 10);
            assertThat(QualityCheck.of(store, StatisticsService.of(store, later), later))
                    .noneMatch(x -> x.kind() == Finding.Kind.STALE_IN_PROGRESS);
        }
    }
}
