package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.testsupport.LedgerChecks;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a bulk write, a large delete and its restore write is found by search as a write row by row would be. */
class BulkTextIndexTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 28);

    @TempDir
    Path dir;

    @Test
    void bulkRowsAreFoundAndEditableAndTheTriggersComeBack() throws Exception {
        Path file = dir.resolve("fts.zgtz");
        long[] ids = new long[2];
        try (LedgerStore store = LedgerStore.open(file)) {
            store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                Problem p = w.add(Problem.draft(i.id(), "养老服务体系建设滞后"));
                Measure a = w.add(Measure.draft(p.id(), "建立养老机构星级评定制度"));
                Measure b = w.add(Measure.draft(p.id(), "开展居家养老服务试点工作"));
                for (int k = 0; k < 1500; k++) {
                    w.add(Measure.draft(p.id(), "填充措施" + k));
                }
                w.update(b.withStatus(io.github.rectification.ledger.domain.Status.DONE));
                w.update(MeasureBuilder.from(a).text("建立社区食堂运营补贴制度").build());
                ids[0] = a.id();
                ids[1] = b.id();
                return null;
            });
            assertThat(store.inspections().find(MeasureFilter.text("社区食堂", TODAY)).measureIds()).containsExactly(ids[0]);
            assertThat(store.inspections().find(MeasureFilter.text("星级评定", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("居家养老", TODAY)).measureIds()).containsExactly(ids[1]);
            assertThat(store.inspections().find(MeasureFilter.text("填充措施1499", TODAY)).measureIds()).hasSize(1);
            assertThat(store.inspections().find(MeasureFilter.text("体系建设", TODAY)).problemIds()).hasSize(1);
            // an ordinary add after the bulk write is indexed by the trigger again
            Measure later = store.inspections().add(Measure.draft(store.inspections().measure(ids[0]).orElseThrow().problemId(), "推进殡葬改革"));
            assertThat(store.inspections().find(MeasureFilter.text("殡葬改革", TODAY)).measureIds()).containsExactly(later.id());
            store.inspections().removeMeasure(ids[1]);
        }
        LedgerChecks.assertIntact(file);
    }

    @Test
    void anUndoneDeleteIsFoundAgainAndRecordedAsARestore() throws Exception {
        Path file = dir.resolve("restore.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "养老服务体系建设滞后"));
            Problem sub = store.inspections().add(new Problem(0, i.id(), p.id(), "1.", "", "居家养老服务短板", "", 0));
            Measure a = store.inspections().add(Measure.draft(p.id(), "建立养老机构星级评定制度"));
            Measure b = store.inspections().add(Measure.draft(sub.id(), "开展居家养老服务试点工作"));
            Removed removed = store.inspections().removeInspection(i.id());
            assertThat(store.inspections().find(MeasureFilter.text("星级评定", TODAY)).measureIds()).isEmpty();

            store.inspections().restore(removed);
            assertThat(store.inspections().find(MeasureFilter.text("星级评定", TODAY)).measureIds()).containsExactly(a.id());
            assertThat(store.inspections().find(MeasureFilter.text("居家养老", TODAY)).measureIds()).containsExactly(b.id());
            assertThat(store.inspections().find(MeasureFilter.text("服务短板", TODAY)).problemIds()).contains(sub.id());
            assertThat(store.inspections().measure(b.id())).contains(b);
            for (var record : java.util.List.of(java.util.Map.entry(RecordKind.PROBLEM, p.id()),
                    java.util.Map.entry(RecordKind.PROBLEM, sub.id()), java.util.Map.entry(RecordKind.MEASURE, a.id()),
                    java.util.Map.entry(RecordKind.MEASURE, b.id()))) {
                assertThat(store.history().history(record.getKey(), record.getValue())).extracting(HistoryEntry::action)
                        .containsExactly(ChangeAction.ADD, ChangeAction.REMOVE, ChangeAction.RESTORE);
            }
            assertThat(store.history().history(RecordKind.MEASURE, b.id())).last().satisfies(h -> {
                assertThat(h.newValue()).isEqualTo("开展居家养老服务试点工作");
                assertThat(h.inspectionId()).isEqualTo(i.id());
                assertThat(h.recordUid()).isEqualTo(store.history().uidOf(RecordKind.MEASURE, b.id()));
            });
            // the triggers are back: a later add is indexed
            Measure later = store.inspections().add(Measure.draft(p.id(), "推进殡葬改革"));
            assertThat(store.inspections().find(MeasureFilter.text("殡葬改革", TODAY)).measureIds()).containsExactly(later.id());
        }
        LedgerChecks.assertIntact(file);
    }

    @Test
    void aLargeDeleteLeavesNothingOfItToBeFoundAndItsRestoreIsFound() throws Exception {
        Path file = dir.resolve("large-delete.zgtz");
        long[] kept = new long[1];
        long[] gone = new long[2];
        try (LedgerStore store = LedgerStore.open(file)) {
            store.unitOfWork().bulk(w -> {
                Inspection big = w.add(Inspection.draft("第一轮巡察"));
                Problem p = w.add(Problem.draft(big.id(), "殡葬领域专项整治不彻底"));
                for (int k = 0; k < 1000; k++) {
                    Measure m = w.add(Measure.draft(p.id(), "整治公墓违规建设" + k));
                    gone[0] = m.id();
                }
                gone[1] = big.id();
                Inspection small = w.add(Inspection.draft("第二轮巡察"));
                Problem q = w.add(Problem.draft(small.id(), "养老服务体系建设滞后"));
                kept[0] = w.add(Measure.draft(q.id(), "建立养老机构星级评定制度")).id();
                w.add(Measure.draft(q.id(), "开展居家养老服务试点工作"));
                return null;
            });
            Removed removed = store.inspections().removeInspection(gone[1]);
            assertThat(store.inspections().find(MeasureFilter.text("公墓违规", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("专项整治", TODAY)).problemIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("星级评定", TODAY)).measureIds()).containsExactly(kept[0]);
            // a later single delete is followed too
            store.inspections().removeMeasure(kept[0]);
            assertThat(store.inspections().find(MeasureFilter.text("星级评定", TODAY)).measureIds()).isEmpty();
            store.inspections().restore(removed);
            assertThat(store.inspections().find(MeasureFilter.text("公墓违规建设999", TODAY)).measureIds()).containsExactly(gone[0]);
        }
        LedgerChecks.assertIntact(file);
    }

    @Test
    void aFailedBulkWriteLeavesSearchAsItWas() throws Exception {
        Path file = dir.resolve("rollback.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                w.add(Problem.draft(i.id(), "问题"));
                throw new IllegalStateException("stop");
            })).hasMessage("stop");
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "干部选拔任用不规范"));
            Measure m = store.inspections().add(Measure.draft(p.id(), "修订干部工作规程"));
            assertThat(store.inspections().find(MeasureFilter.text("选拔任用", TODAY)).measureIds()).containsExactly(m.id());
            assertThat(store.inspections().find(MeasureFilter.text("工作规程", TODAY)).measureIds()).containsExactly(m.id());
        }
    }
}
