package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path dir;

    private LedgerStore store;
    private Inspection inspection;
    private Problem problem;
    private Measure measure;

    @BeforeEach
    void open() throws Exception {
        store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        store.setAuthor("王会计");
        inspection = store.inspections().add(Inspection.draft("第一轮巡察"));
        problem = store.inspections().add(Problem.draft(inspection.id(), "财务管理不规范"));
        measure = store.inspections().add(Measure.draft(problem.id(), "规范报销流程"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Measure edited(Measure m, Status status, String progress) {
        return MeasureBuilder.from(m).status(status).progress(progress).build();
    }

    @Test
    void addsAreRecordedWithTheirTitleAuthorAndInspection() {
        List<HistoryEntry> h = store.history().history(RecordKind.MEASURE, measure.id());
        assertThat(h).extracting(HistoryEntry::action, HistoryEntry::field, HistoryEntry::oldValue,
                HistoryEntry::newValue, HistoryEntry::who, HistoryEntry::source, HistoryEntry::inspectionId)
                .containsExactly(tuple(ChangeAction.ADD, null, null, "规范报销流程", "王会计", "", inspection.id()));
        assertThat(h.get(0).recordUid()).isEqualTo(store.history().uidOf(RecordKind.MEASURE, measure.id()));
        assertThat(store.history().history(RecordKind.PROBLEM, problem.id())).singleElement()
                .extracting(HistoryEntry::newValue).isEqualTo("财务管理不规范");
    }

    @Test
    void anEditLeavesOneRowPerChangedFieldAndUndoLeavesItsOwn() {
        Measure current = store.inspections().measure(measure.id()).orElseThrow();
        store.inspections().update(edited(current, Status.IN_PROGRESS, "已制定报销细则"));
        store.unitOfWork().run(ChangeSource.UNDO, () -> {
            store.inspections().update(current);
            return null;
        });

        List<HistoryEntry> h = store.history().history(RecordKind.MEASURE, measure.id());
        assertThat(h).extracting(HistoryEntry::action, HistoryEntry::field, HistoryEntry::oldValue,
                HistoryEntry::newValue, HistoryEntry::source)
                .containsExactly(
                        tuple(ChangeAction.ADD, null, null, "规范报销流程", ""),
                        tuple(ChangeAction.UPDATE, "status", "not_started", "in_progress", ""),
                        tuple(ChangeAction.UPDATE, "progress", "", "已制定报销细则", ""),
                        tuple(ChangeAction.UPDATE, "status", "in_progress", "not_started", "undo"),
                        tuple(ChangeAction.UPDATE, "progress", "已制定报销细则", "", "undo"));
        assertThat(h).allSatisfy(e -> assertThat(e.who()).isEqualTo("王会计"));
    }

    @Test
    void anUnchangedSaveLeavesNoRow() {
        store.inspections().update(store.inspections().measure(measure.id()).orElseThrow());
        assertThat(store.history().history(RecordKind.MEASURE, measure.id())).hasSize(1);
    }

    @Test
    void removeAndRestoreRowsNameLongRecordsByTheirCutSummaryWithAuthorAndInspection() {
        String longText = "𠀀".repeat(3) + "对照巡察反馈意见逐条研究整改措施".repeat(5);
        Measure long1 = store.inspections().add(Measure.draft(problem.id(), longText));
        Removed r = store.inspections().removeInspection(inspection.id());
        store.inspections().restore(r);
        assertThat(store.history().history(RecordKind.MEASURE, long1.id())).extracting(HistoryEntry::action, HistoryEntry::oldValue,
                HistoryEntry::newValue, HistoryEntry::who, HistoryEntry::inspectionId, HistoryEntry::recordUid)
                .containsExactly(
                        tuple(ChangeAction.ADD, null, ChangeLog.abbreviate(longText), "王会计", inspection.id(),
                                store.history().uidOf(RecordKind.MEASURE, long1.id())),
                        tuple(ChangeAction.REMOVE, ChangeLog.abbreviate(longText), null, "王会计", inspection.id(),
                                store.history().uidOf(RecordKind.MEASURE, long1.id())),
                        tuple(ChangeAction.RESTORE, null, ChangeLog.abbreviate(longText), "王会计", inspection.id(),
                                store.history().uidOf(RecordKind.MEASURE, long1.id())));
        assertThat(store.history().history(RecordKind.PROBLEM, problem.id())).extracting(HistoryEntry::action, HistoryEntry::oldValue)
                .containsExactly(tuple(ChangeAction.ADD, null), tuple(ChangeAction.REMOVE, "财务管理不规范"),
                        tuple(ChangeAction.RESTORE, null));
    }

    @Test
    void removeAndUndoLeaveRowsForEveryRecordTheyTouch() {
        Removed r = store.inspections().removeProblem(problem.id());
        store.unitOfWork().run(ChangeSource.UNDO, () -> {
            store.inspections().restore(r);
            return null;
        });
        assertThat(store.history().history(RecordKind.MEASURE, measure.id())).extracting(HistoryEntry::action, HistoryEntry::oldValue,
                HistoryEntry::newValue, HistoryEntry::source)
                .containsExactly(
                        tuple(ChangeAction.ADD, null, "规范报销流程", ""),
                        tuple(ChangeAction.REMOVE, "规范报销流程", null, ""),
                        tuple(ChangeAction.RESTORE, null, "规范报销流程", "undo"));
        assertThat(store.history().history(RecordKind.PROBLEM, problem.id())).extracting(HistoryEntry::action)
                .containsExactly(ChangeAction.ADD, ChangeAction.REMOVE, ChangeAction.RESTORE);
    }

    @Test
    void aDeletedRecordKeepsItsHistory() {
        String uid = store.history().uidOf(RecordKind.MEASURE, measure.id());
        store.inspections().removeMeasure(measure.id());
        assertThat(store.history().history(RecordKind.MEASURE, measure.id())).isEmpty();
        assertThat(store.history().historyOfUid(RecordKind.MEASURE, uid)).extracting(HistoryEntry::action)
                .containsExactly(ChangeAction.ADD, ChangeAction.REMOVE);
    }

    @Test
    void aMoveRecordsTheNewOrderOfBothSiblings() {
        Measure second = store.inspections().add(Measure.draft(problem.id(), "开展专项检查"));
        store.inspections().moveMeasure(second.id(), -1);
        assertThat(store.history().history(RecordKind.MEASURE, second.id())).last().extracting(HistoryEntry::action,
                HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(ChangeAction.MOVE, "sort_order", "2", "1");
        assertThat(store.history().history(RecordKind.MEASURE, measure.id())).last().extracting(HistoryEntry::action,
                HistoryEntry::oldValue, HistoryEntry::newValue).containsExactly(ChangeAction.MOVE, "1", "2");
    }

    @Test
    void anImportLeavesOneRowPerRecordNamingTheFile() {
        Measure current = store.inspections().measure(measure.id()).orElseThrow();
        store.unitOfWork().bulk(ChangeSource.importOf("整改台账.xlsx"), w -> {
            Problem p = w.add(Problem.draft(inspection.id(), "会议记录不完整"));
            w.add(Measure.draft(p.id(), "完善会议记录制度"));
            w.update(edited(current, Status.DONE, "已完成"));
            return null;
        });
        List<HistoryEntry> all = store.history().historyOfInspection(inspection.id());
        List<HistoryEntry> imported = all.stream().filter(e -> !e.source().isEmpty()).toList();
        assertThat(imported).extracting(HistoryEntry::kind, HistoryEntry::action, HistoryEntry::field,
                HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::source)
                .containsExactly(
                        tuple(RecordKind.PROBLEM, ChangeAction.ADD, null, null, "会议记录不完整", "import: 整改台账.xlsx"),
                        tuple(RecordKind.MEASURE, ChangeAction.ADD, null, null, "完善会议记录制度", "import: 整改台账.xlsx"),
                        tuple(RecordKind.MEASURE, ChangeAction.UPDATE, "status,progress", "status: not_started\nprogress: ",
                                "status: done\nprogress: 已完成", "import: 整改台账.xlsx"));
        assertThat(all).hasSize(6);
    }

    @Test
    void aFailedWriteLeavesNoHistory() {
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            store.inspections().add(Measure.draft(problem.id(), "半途而废"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.history().historyOfInspection(inspection.id())).hasSize(3);
    }

    @Test
    void theInspectionHistoryCoversItsRecordsAndTheirRemoval() {
        store.inspections().removeInspection(inspection.id());
        assertThat(store.history().historyOfInspection(inspection.id())).extracting(HistoryEntry::kind, HistoryEntry::action)
                .containsExactly(
                        tuple(RecordKind.INSPECTION, ChangeAction.ADD), tuple(RecordKind.PROBLEM, ChangeAction.ADD),
                        tuple(RecordKind.MEASURE, ChangeAction.ADD), tuple(RecordKind.INSPECTION, ChangeAction.REMOVE),
                        tuple(RecordKind.PROBLEM, ChangeAction.REMOVE), tuple(RecordKind.MEASURE, ChangeAction.REMOVE));
    }

    @Test
    void theDefaultAuthorIsTheOperatingSystemUser() {
        store.setAuthor(" ");
        assertThat(store.author()).isEqualTo(System.getProperty("user.name"));
        Inspection i = store.inspections().add(Inspection.draft("第二轮"));
        assertThat(store.history().history(RecordKind.INSPECTION, i.id())).singleElement()
                .extracting(HistoryEntry::who).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aWholeRecordIsNamedByItsSummaryCutToSixtyCharacters() {
        String longText = "加强理论武装。".repeat(30);
        Measure added = store.inspections().add(Measure.draft(problem.id(), longText));
        String named = store.history().history(RecordKind.MEASURE, added.id()).get(0).newValue();
        assertThat(named).hasSize(60).endsWith("…").startsWith("加强理论武装。加强理论武装。");
        assertThat(store.inspections().measure(added.id()).orElseThrow().text()).isEqualTo(longText);
    }
}
