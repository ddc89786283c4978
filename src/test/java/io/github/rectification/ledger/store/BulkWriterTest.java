package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkWriterTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 28);

    @TempDir
    Path dir;

    @Test
    void writesManyRowsWithTheIdsItReturned() throws Exception {
        Path file = dir.resolve("bulk.zgtz");
        List<Measure> written = new ArrayList<>();
        try (LedgerStore store = LedgerStore.open(file)) {
            store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                for (int p = 1; p <= 250; p++) {
                    Problem problem = w.add(Problem.draft(i.id(), "问题" + p));
                    assertThat(problem.order()).isEqualTo(p);
                    for (int m = 1; m <= 10; m++) {
                        written.add(w.add(MeasureBuilder.under(problem.id()).seq(m + ".")
                                .text("措施" + p + "-" + m).leader("局领导").department("办公室")
                                .supporting(List.of("人事处", "财务处")).person("张三").deadline(Deadline.on(TODAY))
                                .progress("推进中").build()));
                    }
                }
                assertThat(w.measuresWritten()).isEqualTo(2500);
                return null;
            });
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(written).extracting(Measure::id).doesNotHaveDuplicates();
            Measure sample = written.get(1234);
            assertThat(store.inspections().measure(sample.id())).contains(sample);
            long problemId = sample.problemId();
            assertThat(store.inspections().measures(problemId)).extracting(Measure::order)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(store.inspections().problem(problemId).orElseThrow().title()).isEqualTo("问题124");
            assertThat(store.inspections().find(MeasureFilter.text("措施124-5", TODAY)).measureIds()).containsExactly(sample.id());
            assertThat(store.history().uids(RecordKind.MEASURE)).hasSize(2500);
        }
    }

    /**
     * Measures updated in a bulk write are found by their new texts and no longer by their old ones
     * once it committed, also when a write of the store joined it after the updates (the removal of an updated one), and
     * the index passes FTS5's own check against the rows; the update trigger is in place again.
     */
    @Test
    void updatedMeasuresAreIndexedOnceAtTheEndAndTheIndexStaysTrue() throws Exception {
        Path file = dir.resolve("reindex.zgtz");
        List<Measure> measures = new ArrayList<>();
        try (LedgerStore store = LedgerStore.open(file)) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
            for (int n = 0; n < 5; n++) {
                measures.add(store.inspections().add(MeasureBuilder.under(p.id()).text("措施" + n).progress("原来的进展" + n)
                        .department("办公室").build()));
            }
            store.unitOfWork().bulk(w -> {
                Measure first = measures.get(0);
                w.update(MeasureBuilder.from(first).progress("报送的新进展甲").build());
                w.update(MeasureBuilder.from(first).progress("报送的新进展乙").build());
                w.update(MeasureBuilder.from(measures.get(1)).progress("报送的新进展丙").build());
                w.update(measures.get(2));
                w.update(MeasureBuilder.from(measures.get(3)).progress("要删除的措施的新进展").build());
                w.add(MeasureBuilder.under(p.id()).text("新增的措施").progress("新增的进展").build());
                w.flush();
                store.inspections().removeMeasure(measures.get(3).id());
                w.update(MeasureBuilder.from(measures.get(4)).progress("删除之后的进展").build());
                return null;
            });
            assertThat(store.inspections().find(MeasureFilter.text("新进展乙", TODAY)).measureIds())
                    .containsExactly(measures.get(0).id());
            assertThat(store.inspections().find(MeasureFilter.text("新进展甲", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("原来的进展0", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("新进展丙", TODAY)).measureIds())
                    .containsExactly(measures.get(1).id());
            assertThat(store.inspections().find(MeasureFilter.text("原来的进展2", TODAY)).measureIds())
                    .containsExactly(measures.get(2).id());
            assertThat(store.inspections().find(MeasureFilter.text("原来的进展3", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("要删除的措施", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("删除之后的进展", TODAY)).measureIds())
                    .containsExactly(measures.get(4).id());
            assertThat(store.inspections().find(MeasureFilter.text("新增的进展", TODAY)).measureIds()).hasSize(1);
        }
        io.github.rectification.ledger.testsupport.LedgerChecks.assertIntact(file);
    }

    @Test
    void appendsAfterWhatIsAlreadyThere() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("append.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem first = store.inspections().add(Problem.draft(i.id(), "已有问题"));
            Measure existing = store.inspections().add(Measure.draft(first.id(), "已有措施"));
            List<Object> added = store.unitOfWork().bulk(w -> List.of(
                    w.add(Problem.draft(i.id(), "新问题")),
                    w.add(Measure.draft(first.id(), "新措施")),
                    w.add(Problem.draft(i.id(), "子问题").withOrder(0))));
            Problem second = (Problem) added.get(0);
            Measure next = (Measure) added.get(1);
            assertThat(second.id()).isGreaterThan(first.id());
            assertThat(second.order()).isEqualTo(2);
            assertThat(next.id()).isGreaterThan(existing.id());
            assertThat(next.order()).isEqualTo(2);
            assertThat(store.inspections().problems(i.id(), null)).extracting(Problem::title)
                    .containsExactly("已有问题", "新问题", "子问题");
        }
    }

    @Test
    void keepsGivenStableIds() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("uids.zgtz"))) {
            Measure m = store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"), "insp-uid");
                Problem p = w.add(Problem.draft(i.id(), "问题"), "problem-uid");
                return w.add(Measure.draft(p.id(), "措施"), "measure-uid");
            });
            assertThat(store.history().idOfUid(RecordKind.MEASURE, "measure-uid")).contains(m.id());
            assertThat(store.history().idOfUid(RecordKind.PROBLEM, "problem-uid")).contains(m.problemId());
        }
    }

    @Test
    void aFailureLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("fail.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                for (int p = 0; p < 1500; p++) {
                    w.add(Measure.draft(w.add(Problem.draft(i.id(), "问题" + p)).id(), "措施"));
                }
                throw new IllegalStateException("第 1501 行无法读取");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.inspections().isEmpty()).isTrue();
            assertThat(store.inspections().snapshot().measures()).isEmpty();
        }
    }

    @Test
    void aMeasureOfAMissingProblemFailsTheWholeWrite() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("fk.zgtz"))) {
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                w.add(Measure.draft(w.add(Problem.draft(i.id(), "问题")).id(), "措施"));
                return w.add(Measure.draft(999_999, "无主措施"));
            })).isInstanceOf(StoreException.class);
            assertThat(store.inspections().isEmpty()).isTrue();
        }
    }

    @Test
    void everyTextWrittenInABulkIsFoundAfterIt() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("texts.zgtz"))) {
            String before = triggers(store);
            Measure m = store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                Problem p = w.add(new Problem(0, i.id(), null, "(一)", "全面从严治党方面", "财经纪律执行不严格", "", 0));
                for (int k = 0; k < 30; k++) {
                    w.add(Measure.draft(p.id(), "措施" + k));
                }
                return w.add(MeasureBuilder.under(p.id()).seq("1.").text("规范非政府采购项目管理").leader("局党组副书记")
                        .department("慈善社会工作处").person("王小明").deadline(Deadline.on(TODAY)).progress("正在起草管理办法")
                        .remarks("需要复核").build());
            });
            assertThat(triggers(store)).isEqualTo(before);
            for (String part : List.of("非政府采购", "慈善社会", "局党组副", "王小明", "起草管理", "需要复核")) {
                assertThat(store.inspections().find(MeasureFilter.text(part, TODAY)).measureIds()).as(part).containsExactly(m.id());
            }
            assertThat(store.inspections().find(MeasureFilter.text("财经纪律", TODAY)).measureIds()).hasSize(31);

            Problem later = store.inspections().add(Problem.draft(store.inspections().all().get(0).id(), "新增问题"));
            Measure added = store.inspections().add(Measure.draft(later.id(), "单独添加的措施"));
            assertThat(store.inspections().find(MeasureFilter.text("单独添加", TODAY)).measureIds()).containsExactly(added.id());
        }
    }

    @Test
    void anUpdateInsideTheBulkWriteIsIndexedWithItsNewText() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("update.zgtz"))) {
            Measure m = store.unitOfWork().bulk(w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                Problem p = w.add(Problem.draft(i.id(), "问题"));
                Measure first = w.add(Measure.draft(p.id(), "原来的措施文字"));
                w.add(Measure.draft(p.id(), "另一条措施"));
                Measure changed = MeasureBuilder.under(p.id()).id(first.id()).seq("1.").text("改过的措施文字")
                        .status(Status.NOT_STARTED).order(first.order()).build();
                w.update(changed);
                w.update(new Problem(p.id(), i.id(), null, "(一)", "", "改过的问题", "", p.order()));
                w.add(Measure.draft(p.id(), "之后的措施"));
                return changed;
            });
            assertThat(store.inspections().find(MeasureFilter.text("改过的措施", TODAY)).measureIds()).containsExactly(m.id());
            assertThat(store.inspections().find(MeasureFilter.text("原来的措施", TODAY)).measureIds()).isEmpty();
            assertThat(store.inspections().find(MeasureFilter.text("改过的问题", TODAY)).measureIds()).hasSize(3);
            assertThat(store.inspections().find(MeasureFilter.text("之后的措施", TODAY)).measureIds()).hasSize(1);
        }
    }

    @Test
    void aFailedBulkWriteKeepsTheTriggers() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("keep.zgtz"))) {
            String before = triggers(store);
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                w.add(Measure.draft(w.add(Problem.draft(w.add(Inspection.draft("巡察")).id(), "问题")).id(), "措施"));
                throw new IllegalStateException("中途失败");
            })).hasMessage("中途失败");
            assertThat(triggers(store)).isEqualTo(before);
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Measure m = store.inspections().add(Measure.draft(store.inspections().add(Problem.draft(i.id(), "问题")).id(), "失败之后添加的措施"));
            assertThat(store.inspections().find(MeasureFilter.text("失败之后", TODAY)).measureIds()).containsExactly(m.id());
        }
    }

    private static String triggers(LedgerStore store) {
        return store.database().read(c -> {
            StringBuilder sb = new StringBuilder();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")) {
                while (rs.next()) {
                    sb.append(rs.getString(1)).append(": ").append(rs.getString(2)).append('\n');
                }
            }
            return sb.toString();
        });
    }

    @Test
    void addedRecordsReadTheirAddAsARecordByRecordWriteWouldWriteIt() throws Exception {
        String longText = "𠀀".repeat(3) + "对照巡察反馈意见逐条研究整改措施".repeat(5);
        try (LedgerStore store = LedgerStore.open(dir.resolve("history.zgtz"))) {
            long[] ids = store.unitOfWork().bulk(ChangeSource.importOf("台账.xlsx"), w -> {
                Inspection i = w.add(Inspection.draft("巡察"));
                Problem p = w.add(Problem.draft(i.id(), "短的问题"));
                Measure first = w.add(Measure.draft(p.id(), longText));
                Measure second = w.add(Measure.draft(p.id(), "短的措施"));
                w.update(second.withStatus(Status.DONE));
                return new long[] {i.id(), p.id(), first.id(), second.id()};
            });
            String source = ChangeSource.importOf("台账.xlsx").label();
            List<String> expected = List.of(
                    "INSPECTION|" + ids[0] + "|" + ids[0] + "|ADD|null|巡察|" + source,
                    "PROBLEM|" + ids[1] + "|" + ids[0] + "|ADD|null|短的问题|" + source,
                    "MEASURE|" + ids[2] + "|" + ids[0] + "|ADD|null|" + ChangeLog.abbreviate(longText) + "|" + source,
                    "MEASURE|" + ids[3] + "|" + ids[0] + "|ADD|null|短的措施|" + source,
                    "MEASURE|" + ids[3] + "|" + ids[0] + "|UPDATE|status|done|" + source);
            assertThat(store.history().historyOfInspection(ids[0]).stream().map(BulkWriterTest::line))
                    .containsExactlyElementsOf(expected);
            assertThat(store.history().history(RecordKind.MEASURE, ids[3]).stream().map(BulkWriterTest::line))
                    .containsExactlyElementsOf(expected.subList(3, 5));
            assertThat(store.history().history(RecordKind.PROBLEM, ids[1]).stream().map(BulkWriterTest::line))
                    .containsExactly(expected.get(1));
            assertThat(store.history().history(RecordKind.MEASURE, ids[2]).get(0).who())
                    .isEqualTo(store.history().history(RecordKind.INSPECTION, ids[0]).get(0).who());
            assertThat(ChangeLog.abbreviate(longText).codePointCount(0, ChangeLog.abbreviate(longText).length()))
                    .isEqualTo(ChangeLog.SUMMARY_LENGTH);
            // the three records added in bulk are named by runs under one history row, not a row each
            assertThat(count(store, "SELECT count(*) FROM history")).isEqualTo(3);
            assertThat(count(store, "SELECT count(*) FROM history_added")).isEqualTo(2);
        }
    }

    private static String line(HistoryEntry e) {
        return e.kind() + "|" + e.recordId() + "|" + e.inspectionId() + "|" + e.action() + "|" + e.field() + "|"
                + e.newValue() + "|" + e.source();
    }

    private static long count(LedgerStore store, String sql) {
        return store.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void stableIdsOfRecordsAddedTogetherAreInTheOrderOfTheirAdding() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("uids.zgtz"))) {
            store.unitOfWork().bulk(w -> {
                Problem p = w.add(Problem.draft(w.add(Inspection.draft("巡察")).id(), "问题"));
                for (int k = 0; k < 3000; k++) {
                    w.add(Measure.draft(p.id(), "措施" + k));
                }
                return null;
            });
            List<String> byId = store.database().read(c -> {
                List<String> out = new ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT uid FROM measure ORDER BY id")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(byId).hasSize(3000).doesNotHaveDuplicates().isSorted()
                    .allMatch(u -> u.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        }
    }
}
