package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of records a bulk write added, read from its runs of ids instead of a row per record. */
class AddedHistoryTest {
    private static final ChangeSource IMPORT = ChangeSource.importOf("台账.xlsx");

    @TempDir
    Path dir;

    private LedgerStore store;
    private Inspection inspection;
    private Problem problem;
    private List<Measure> imported;

    @BeforeEach
    void importThree() throws Exception {
        store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        store.setAuthor("王会计");
        imported = new ArrayList<>();
        store.unitOfWork().bulk(IMPORT, w -> {
            inspection = w.add(Inspection.draft("第一轮巡察"));
            problem = w.add(Problem.draft(inspection.id(), "财务管理不规范"));
            for (String text : List.of("规范报销流程", "建立台账", "完善制度")) {
                imported.add(w.add(Measure.draft(problem.id(), text)));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anImportedRecordReadsItsAddFromTheImportThenItsOwnRows() {
        Measure m = store.inspections().measure(imported.get(0).id()).orElseThrow();
        store.inspections().update(MeasureBuilder.from(m).text("规范报销审批流程").status(Status.IN_PROGRESS).build());

        assertThat(store.history().history(RecordKind.MEASURE, m.id()))
                .extracting(HistoryEntry::action, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue,
                        HistoryEntry::source, HistoryEntry::who, HistoryEntry::inspectionId)
                .containsExactly(
                        // the text it was imported with, though it reads otherwise now
                        tuple(ChangeAction.ADD, null, null, "规范报销流程", IMPORT.label(), "王会计", inspection.id()),
                        tuple(ChangeAction.UPDATE, "text", "规范报销流程", "规范报销审批流程", "", "王会计", inspection.id()),
                        tuple(ChangeAction.UPDATE, "status", "not_started", "in_progress", "", "王会计", inspection.id()));
        String uid = store.history().uidOf(RecordKind.MEASURE, m.id());
        assertThat(store.history().historyOfUid(RecordKind.MEASURE, uid))
                .isEqualTo(store.history().history(RecordKind.MEASURE, m.id()));
    }

    @Test
    void aRemovedImportedRecordKeepsItsAddInTheInspectionsHistory() {
        String uid = store.history().uidOf(RecordKind.MEASURE, imported.get(1).id());
        store.inspections().removeMeasure(imported.get(1).id());

        assertThat(store.history().historyOfUid(RecordKind.MEASURE, uid))
                .extracting(HistoryEntry::action, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple(ChangeAction.ADD, null, "建立台账"), tuple(ChangeAction.REMOVE, "建立台账", null));
        assertThat(store.history().historyOfInspection(inspection.id()))
                .extracting(HistoryEntry::kind, HistoryEntry::recordId, HistoryEntry::action, HistoryEntry::newValue)
                .containsExactly(
                        tuple(RecordKind.INSPECTION, inspection.id(), ChangeAction.ADD, "第一轮巡察"),
                        tuple(RecordKind.PROBLEM, problem.id(), ChangeAction.ADD, "财务管理不规范"),
                        tuple(RecordKind.MEASURE, imported.get(0).id(), ChangeAction.ADD, "规范报销流程"),
                        tuple(RecordKind.MEASURE, imported.get(1).id(), ChangeAction.ADD, "建立台账"),
                        tuple(RecordKind.MEASURE, imported.get(2).id(), ChangeAction.ADD, "完善制度"),
                        tuple(RecordKind.MEASURE, imported.get(1).id(), ChangeAction.REMOVE, null));
    }

    @Test
    void aRecordAddedByHandUnderAnIdTheImportGaveIsNotTheImports() {
        long last = imported.get(2).id();
        String importedUid = store.history().uidOf(RecordKind.MEASURE, last);
        store.inspections().removeMeasure(last);
        Measure byHand = store.inspections().add(Measure.draft(problem.id(), "手工新增的措施"));
        assertThat(byHand.id()).as("SQLite gives the highest id again").isEqualTo(last);

        assertThat(store.history().history(RecordKind.MEASURE, byHand.id()))
                .extracting(HistoryEntry::action, HistoryEntry::newValue, HistoryEntry::source)
                .containsExactly(tuple(ChangeAction.ADD, "手工新增的措施", ""));
        assertThat(store.history().historyOfUid(RecordKind.MEASURE, importedUid))
                .extracting(HistoryEntry::action, HistoryEntry::source)
                .containsExactly(tuple(ChangeAction.ADD, IMPORT.label()), tuple(ChangeAction.REMOVE, ""));
        assertThat(store.history().historyOfInspection(inspection.id()))
                .filteredOn(e -> e.recordId() == last)
                .extracting(HistoryEntry::recordUid, HistoryEntry::action)
                .containsExactly(tuple(importedUid, ChangeAction.ADD), tuple(importedUid, ChangeAction.REMOVE),
                        tuple(store.history().uidOf(RecordKind.MEASURE, byHand.id()), ChangeAction.ADD));
    }

    @Test
    void aLaterImportNeverGivesAnIdAnEarlierImportGave() {
        long last = imported.get(2).id();
        store.inspections().removeMeasure(last);
        Measure again = store.unitOfWork().bulk(ChangeSource.importOf("第二批.xlsx"),
                w -> w.add(Measure.draft(problem.id(), "第二批措施")));

        assertThat(again.id()).isGreaterThan(last);
        assertThat(store.history().history(RecordKind.MEASURE, again.id()))
                .extracting(HistoryEntry::action, HistoryEntry::newValue, HistoryEntry::source)
                .containsExactly(tuple(ChangeAction.ADD, "第二批措施", "import: 第二批.xlsx"));
    }

    @Test
    void theLastChangeOfAnImportedRecordIsItsImportUntilItIsEdited() {
        Map<Long, Instant> before = store.history().lastChanged(RecordKind.MEASURE);
        Instant importedAt = store.history().history(RecordKind.MEASURE, imported.get(0).id()).get(0).at();
        assertThat(before).containsOnlyKeys(imported.stream().map(Measure::id).toList())
                .allSatisfy((id, at) -> assertThat(at).isEqualTo(importedAt));

        Measure m = store.inspections().measure(imported.get(0).id()).orElseThrow();
        store.inspections().update(MeasureBuilder.from(m).progress("已完成一半").build());
        Instant edited = store.history().history(RecordKind.MEASURE, m.id()).get(1).at();
        assertThat(store.history().lastChanged(RecordKind.MEASURE))
                .containsEntry(m.id(), edited)
                .containsEntry(imported.get(1).id(), importedAt);
    }

    @Test
    void anImportOfAReturnWithSeveralFieldsPerRowStillKnowsTheImportedText() {
        Measure m = store.inspections().measure(imported.get(2).id()).orElseThrow();
        store.unitOfWork().bulk(ChangeSource.importOf("回执.xlsx"), w -> {
            w.update(MeasureBuilder.from(m).progress("已修订制度\n并印发").text("完善并印发制度").build());
            return null;
        });
        List<HistoryEntry> h = store.history().history(RecordKind.MEASURE, m.id());
        assertThat(h.get(1).field()).as("one row for the fields an import changed").contains(",");
        assertThat(h.get(0).newValue()).isEqualTo("完善制度");
    }

    @Test
    void aBaseLeavesOutWhatAnImportAddedAfterTheWorkbookWasRead() {
        long read = store.distributions().lastChange();
        Measure later = store.unitOfWork().bulk(ChangeSource.importOf("第二批.xlsx"),
                w -> w.add(Measure.draft(problem.id(), "读出工作簿后导入的措施")));

        Batch batch = store.distributions().record(Distributions.newUid(), "财务科.xlsx", "00", "财务科",
                List.of(inspection.id()), read);
        assertThat(store.distributions().base(batch.id()).keySet())
                .containsExactlyInAnyOrderElementsOf(imported.stream()
                        .map(m -> store.history().uidOf(RecordKind.MEASURE, m.id())).toList())
                .doesNotContain(store.history().uidOf(RecordKind.MEASURE, later.id()));
    }

    @Test
    void undoingAnImportTakesItsRunsWithIt() {
        long runs = count("SELECT count(*) FROM history_added");
        store.unitOfWork().bulk(ChangeSource.importOf("回执.xlsx"), w -> {
            w.keepBeforeImage("回执.xlsx", 5);
            w.add(Measure.draft(problem.id(), "回执新增的措施"));
            return null;
        });
        assertThat(count("SELECT count(*) FROM history_added")).isEqualTo(runs + 1);

        store.beforeImages().restoreNewest();
        assertThat(count("SELECT count(*) FROM history_added")).isEqualTo(runs);
        assertThat(count("SELECT count(*) FROM history WHERE source = 'import: 回执.xlsx'")).isZero();
    }

    @Test
    void theHistoryKeepsTheOrderOfTheWritesAcrossAnUpdateInTheImport() {
        long[] ids = store.unitOfWork().bulk(ChangeSource.importOf("回执.xlsx"), w -> {
            Measure before = w.add(Measure.draft(problem.id(), "更新之前新增"));
            w.update(MeasureBuilder.from(store.inspections().measure(imported.get(0).id()).orElseThrow())
                    .status(Status.DONE).build());
            Inspection later = w.add(Inspection.draft("更新之后的巡察"));
            Problem p = w.add(Problem.draft(later.id(), "更新之后的问题"));
            Measure after = w.add(Measure.draft(p.id(), "更新之后新增"));
            return new long[] {before.id(), later.id(), p.id(), after.id()};
        });
        assertThat(store.history().historyOfInspection(inspection.id()))
                .extracting(HistoryEntry::recordId, HistoryEntry::action)
                .endsWith(tuple(ids[0], ChangeAction.ADD), tuple(imported.get(0).id(), ChangeAction.UPDATE));
        assertThat(store.history().historyOfInspection(ids[1]))
                .extracting(HistoryEntry::kind, HistoryEntry::recordId, HistoryEntry::action)
                .containsExactly(tuple(RecordKind.INSPECTION, ids[1], ChangeAction.ADD),
                        tuple(RecordKind.PROBLEM, ids[2], ChangeAction.ADD),
                        tuple(RecordKind.MEASURE, ids[3], ChangeAction.ADD));
        List<HistoryEntry> updated = store.history().history(RecordKind.MEASURE, imported.get(0).id());
        assertThat(updated.get(0).id()).isLessThan(updated.get(1).id());
    }

    @Test
    void aRecordAddedInBulkGetsItsIdFromTheWriter() {
        Measure named = Measure.draft(problem.id(), "自带编号的措施").withId(imported.get(2).id() + 5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.unitOfWork().bulk(IMPORT, w -> w.add(named)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.inspections().measure(named.id())).isEmpty();
    }

    private long count(String sql) {
        return store.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
