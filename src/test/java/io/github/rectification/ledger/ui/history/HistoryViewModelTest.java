package io.github.rectification.ledger.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record's change history as the window shows it, in its words, without a display. */
class HistoryViewModelTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    Inspection inspection;
    Problem problem;
    Measure measure;
    HistoryViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session.open(dir.resolve("台账.zgtz"));
        LedgerStore s = session.store();
        s.setAuthor("准备数据");
        inspection = s.inspections().add(Inspection.draft("市委第一巡察组巡察市民政局"));
        problem = s.inspections().add(Problem.draft(inspection.id(), "养老服务机构监管不到位").withSeq("（一）"));
        measure = s.inspections().add(Measure.draft(problem.id(), "开展养老机构安全隐患排查整治").withSeq("1."));
        s.setAuthor("王科员");
        vm = new HistoryViewModel(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anEditAndItsUndoAreRowsInTheWindowsWords() {
        session.run(new EditCommand(measure, measure.withStatus(Status.DONE)));
        session.undo();
        assertThat(vm.rows(NodeKey.measure(measure.id())))
                .extracting(HistoryRow::who, HistoryRow::action, HistoryRow::field, HistoryRow::oldValue,
                        HistoryRow::newValue, HistoryRow::source)
                .containsExactly(
                        tuple("准备数据", "新增", "", "", "开展养老机构安全隐患排查整治", "编辑"),
                        tuple("王科员", "修改", "完成情况", "未启动", "已完成", "编辑"),
                        tuple("王科员", "修改", "完成情况", "已完成", "未启动", "撤销"));
        assertThat(vm.rows(NodeKey.measure(measure.id()))).allSatisfy(r ->
                assertThat(r.time()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        // the problem's history is its own
        assertThat(vm.rows(NodeKey.problem(problem.id()))).singleElement().extracting(HistoryRow::action)
                .isEqualTo("新增");
    }

    @Test
    void theTitleNamesTheRecordByItsLabelAndFirstWords() {
        assertThat(vm.title(NodeKey.measure(measure.id()))).isEqualTo("1. 开展养老机构安全隐患排查整治");
        assertThat(vm.title(NodeKey.problem(problem.id()))).isEqualTo("（一） 养老服务机构监管不到位");
        assertThat(vm.title(NodeKey.inspection(inspection.id()))).isEqualTo("市委第一巡察组巡察市民政局");
        assertThat(vm.title(NodeKey.measure(measure.id() + 100))).isEmpty();
    }

    @Test
    void theHistoryOfAMeasuresInspectionIsOfferedUnderTheInspectionsNameAndWritten() throws Exception {
        assertThat(vm.exportName(NodeKey.measure(measure.id()))).isEqualTo("市委第一巡察组巡察市民政局-修改记录");
        assertThat(vm.exportName(NodeKey.problem(problem.id()))).isEqualTo(vm.exportName(NodeKey.inspection(inspection.id())));
        Path target = dir.resolve("history.xlsx");
        assertThat(vm.export(NodeKey.measure(measure.id()), target).call()).isEqualTo(target);
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void aMeasureAnImportAddedReadsItsAddFromTheImport() throws Exception {
        LedgerStore s = session.store();
        s.setAuthor("李科长");
        Measure imported = s.unitOfWork().bulk(io.github.rectification.ledger.store.ChangeSource.importOf("民政局台账.xlsx"),
                w -> w.add(Measure.draft(problem.id(), "建立养老机构检查台账").withSeq("2.")));
        s.setAuthor("王科员");
        session.run(new EditCommand(imported, imported.withStatus(Status.DONE)));
        assertThat(vm.rows(NodeKey.measure(imported.id())))
                .extracting(HistoryRow::who, HistoryRow::action, HistoryRow::field, HistoryRow::oldValue,
                        HistoryRow::newValue, HistoryRow::source)
                .containsExactly(
                        tuple("李科长", "新增", "", "", "建立养老机构检查台账", "导入 民政局台账.xlsx"),
                        tuple("王科员", "修改", "完成情况", "未启动", "已完成", "编辑"));

        Path target = dir.resolve("导入后的修改记录.xlsx");
        vm.export(NodeKey.measure(imported.id()), target).call();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(target.toFile())) {
            var sheet = wb.getSheetAt(0);
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (var row : sheet) {
                StringBuilder line = new StringBuilder();
                for (int k = 1; k < 9; k++) {
                    line.append(row.getCell(k) == null ? "" : row.getCell(k).getStringCellValue()).append('|');
                }
                lines.add(line.toString());
            }
            assertThat(lines).contains("李科长|整改措施|建立养老机构检查台账|新增|||建立养老机构检查台账|导入 民政局台账.xlsx|",
                    "王科员|整改措施|建立养老机构检查台账|修改|完成情况|未启动|已完成|编辑|");
        }
    }
}
