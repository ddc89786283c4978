package io.github.rectification.ledger.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridViewModelTest {
    private static final List<GridColumn> COLUMNS = List.of(GridColumn.values());

    @TempDir
    Path dir;
    private LedgerSession session;
    private GridViewModel vm;
    private LocalDate day = LocalDate.of(2030, 1, 1);

    @BeforeEach
    void open() throws Exception {
        SeedLedger.create(dir.resolve("l.zgtz")).close();
        session = new LedgerSession();
        session.open(dir.resolve("l.zgtz"));
        vm = new GridViewModel(session, new CurrentThreadTaskExecutor(), () -> day);
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private LedgerStore store() {
        return session.store();
    }

    private List<GridRow> rows() {
        return List.copyOf(vm.filtered());
    }

    @Test
    void showsTheMeasuresOfTheInspectionInLedgerOrderWithTheProblemOnceOverItsMeasures() {
        assertThat(vm.rows()).hasSize(SeedLedger.MEASURES);
        List<GridRow> rows = rows();
        long problemsShown = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> GridViewModel.showsProblem(rows, i)).count();
        assertThat(problemsShown).isEqualTo(rows.stream().map(r -> r.problem().id()).distinct().count());
        assertThat(rows.get(0).text(GridColumn.STATUS)).isIn(CellValues.statusWords());
    }

    @Test
    void aPastedBlockLandsOnTheCellsItCoversAndPreviewsOldAndNewValues() {
        int text = COLUMNS.indexOf(GridColumn.LEADER);
        List<GridRow> rows = rows();
        List<List<String>> block = TsvBlock.parse("张三\t办公室\r\n李四\t\"人事\n教育处\"\r\n");
        List<CellChange> changes = vm.pastePreview(rows, COLUMNS, 2, text, List.of(), block);
        assertThat(changes).extracting(c -> c.row().measureId(), CellChange::column, CellChange::newText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(rows.get(2).measureId(), GridColumn.LEADER, "张三"),
                        org.assertj.core.groups.Tuple.tuple(rows.get(2).measureId(), GridColumn.DEPARTMENT, "办公室"),
                        org.assertj.core.groups.Tuple.tuple(rows.get(3).measureId(), GridColumn.LEADER, "李四"),
                        org.assertj.core.groups.Tuple.tuple(rows.get(3).measureId(), GridColumn.DEPARTMENT, "人事\n教育处"));
        assertThat(changes.get(0).oldText()).isEqualTo(rows.get(2).measure().leader());
        assertThat(changes).noneMatch(CellChange::refused);
    }

    @Test
    void aBadDateOrStatusInABlockIsRefusedAndNothingIsWritten() {
        List<GridRow> rows = rows();
        int status = COLUMNS.indexOf(GridColumn.STATUS);
        List<CellChange> changes = vm.pastePreview(rows, COLUMNS, 0, status, List.of(),
                TsvBlock.parse("基本完成\t2026-13-45\r\n"));
        assertThat(changes).hasSize(2).allMatch(CellChange::refused);
        assertThat(changes.get(0).error()).contains("基本完成");
        assertThat(changes.get(1).error()).contains("2026-13-45");
        Measure before = store().inspections().measure(rows.get(0).measureId()).orElseThrow();
        assertThat(vm.apply(changes)).isFalse();
        assertThat(store().inspections().measure(before.id()).orElseThrow()).isEqualTo(before);
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void cellsLandingOnShownOnlyColumnsAreRefusedUnlessTheyKeepTheirText() {
        List<GridRow> rows = rows();
        int category = COLUMNS.indexOf(GridColumn.CATEGORY);
        String same = rows.get(0).text(GridColumn.CATEGORY);
        assertThat(vm.pastePreview(rows, COLUMNS, 0, category, List.of(), List.of(List.of(same)))).isEmpty();
        assertThat(vm.pastePreview(rows, COLUMNS, 0, category, List.of(), List.of(List.of("别的类别"))))
                .singleElement().satisfies(c -> assertThat(c.refused()).isTrue());
    }

    @Test
    void oneValueFillsEverySelectedCell() {
        List<GridRow> rows = rows();
        int leader = COLUMNS.indexOf(GridColumn.LEADER);
        List<int[]> selected = List.of(new int[] {0, leader}, new int[] {1, leader}, new int[] {5, leader});
        assertThat(vm.pastePreview(rows, COLUMNS, 0, leader, selected, List.of(List.of("王五"))))
                .extracting(c -> c.row().measureId())
                .containsExactly(rows.get(0).measureId(), rows.get(1).measureId(), rows.get(5).measureId());
    }

    @Test
    void aPasteIsAppliedAsOneStepWithAHistoryRowPerFieldAndUndoneInOne() {
        List<GridRow> rows = rows();
        int leader = COLUMNS.indexOf(GridColumn.LEADER);
        List<CellChange> changes = vm.pastePreview(rows, COLUMNS, 0, leader, List.of(),
                TsvBlock.parse("张三\t办公室\r\n李四\t财务处\r\n"));
        long id0 = rows.get(0).measureId();
        long id1 = rows.get(1).measureId();
        int history0 = store().history().history(RecordKind.MEASURE, id0).size();
        Measure m0 = store().inspections().measure(id0).orElseThrow();
        Measure m1 = store().inspections().measure(id1).orElseThrow();

        assertThat(vm.apply(changes)).isTrue();
        assertThat(store().inspections().measure(id0).orElseThrow().leader()).isEqualTo("张三");
        assertThat(store().inspections().measure(id1).orElseThrow().department()).isEqualTo("财务处");
        List<HistoryEntry> added = store().history().history(RecordKind.MEASURE, id0);
        assertThat(added.size() - history0).isEqualTo(2);
        assertThat(vm.rows().stream().filter(r -> r.measureId() == id0).findFirst().orElseThrow()
                .measure().leader()).isEqualTo("张三");

        session.undo();
        assertThat(store().inspections().measure(id0).orElseThrow()).isEqualTo(m0);
        assertThat(store().inspections().measure(id1).orElseThrow()).isEqualTo(m1);
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void anEditReadsTheCellByTheFormsRulesAndRefusesWhatItCannotRead() {
        GridRow row = rows().get(0);
        Measure before = store().inspections().measure(row.measureId()).orElseThrow();
        assertThat(vm.edit(row, GridColumn.COMPLETED_ON, "2026-13-45")).contains("2026-13-45");
        assertThat(vm.edit(row, GridColumn.STATUS, "差不多")).contains("差不多");
        assertThat(vm.edit(row, GridColumn.TEXT, "  ")).isNotNull();
        assertThat(store().inspections().measure(row.measureId()).orElseThrow()).isEqualTo(before);

        assertThat(vm.edit(row, GridColumn.COMPLETED_ON, "2022年3月5日")).isNull();
        assertThat(vm.edit(row, GridColumn.STATUS, "正在推进")).isNull();
        Measure after = store().inspections().measure(row.measureId()).orElseThrow();
        assertThat(after.completedOn()).isEqualTo(LocalDate.of(2022, 3, 5));
        assertThat(after.status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void fillDownCopiesTheFirstRowIntoTheOthers() {
        List<GridRow> rows = rows().subList(0, 4);
        vm.edit(rows.get(0), GridColumn.REMARKS, "按季度报送");
        List<GridRow> now = rows().subList(0, 4);
        List<CellChange> changes = vm.fillDownPreview(now, List.of(GridColumn.REMARKS));
        assertThat(changes).hasSize(3).allMatch(c -> c.newText().equals("按季度报送"));
        assertThat(vm.apply(changes)).isTrue();
        for (GridRow r : now) {
            assertThat(store().inspections().measure(r.measureId()).orElseThrow().remarks()).isEqualTo("按季度报送");
        }
    }

    @Test
    void filtersByDepartmentLeaderStatusAndText() {
        String department = rows().stream().filter(r -> r.measure().status() == Status.IN_PROGRESS)
                .map(r -> r.measure().department()).findFirst().orElseThrow();
        vm.departmentProperty().set(department);
        assertThat(vm.filtered()).isNotEmpty().allMatch(r -> department.equals(r.measure().department()));
        long expected = vm.rows().stream().filter(r -> department.equals(r.measure().department())).count();
        assertThat(vm.filtered()).hasSize((int) expected);
        vm.departmentProperty().set(null);
        vm.statusProperty().set(Status.IN_PROGRESS);
        assertThat(vm.filtered()).hasSize(SeedLedger.IN_PROGRESS);
        vm.statusProperty().set(null);
        String word = vm.rows().get(3).measure().text().substring(2, 6);
        vm.textProperty().set(word);
        assertThat(vm.filtered()).isNotEmpty().allMatch(r -> r.measure().text().contains(word)
                || r.problem().title().contains(word) || r.measure().progress().contains(word));
    }

    @Test
    void filtersByDeadlineBandCountedFromTheWindowsDayWithTheLedgersDays() {
        vm.bandProperty().set(BandFilter.OVERDUE);
        List<Long> overdue = vm.rows().stream().filter(r -> r.measure().overdue(day)).map(GridRow::measureId).toList();
        assertThat(overdue).isNotEmpty();
        assertThat(vm.filtered()).extracting(GridRow::measureId).containsExactlyElementsOf(overdue);

        // a day five days before an unfinished measure's deadline: that measure is due soon (10 days), not overdue
        Measure open = vm.rows().stream().map(GridRow::measure).filter(m -> m.unfinished() && m.deadline().hasDate())
                .findFirst().orElseThrow();
        day = open.deadline().date().minusDays(5);
        vm.bandProperty().set(BandFilter.DUE_SOON);
        assertThat(vm.filtered()).extracting(GridRow::measureId).contains(open.id());
        assertThat(vm.filtered()).allMatch(r -> io.github.rectification.ledger.domain.WarningBands.daysLeft(r.measure(), day) <= 10
                && !r.measure().overdue(day));
        vm.bandProperty().set(BandFilter.ANY_BAND);
        assertThat(vm.filtered()).extracting(GridRow::measureId).contains(open.id());

        // the ledger's own band days count: with 3 days for 临期 it is no longer due soon
        io.github.rectification.ledger.report.stats.ReportSettings.setWarningBands(store(),
                new io.github.rectification.ledger.domain.WarningBands(3, 6));
        vm.bandProperty().set(BandFilter.DUE_SOON);
        assertThat(vm.filtered()).extracting(GridRow::measureId).doesNotContain(open.id());
        assertThat(vm.bandText(BandFilter.DUE_SOON)).isEqualTo("临期（3天内到期）");
        vm.bandProperty().set(BandFilter.UPCOMING);
        assertThat(vm.filtered()).extracting(GridRow::measureId).contains(open.id());

        vm.bandProperty().set(BandFilter.ALL);
        assertThat(vm.filtered()).hasSize(SeedLedger.MEASURES);
    }

    @Test
    void printsTheRowsShownInTheirOrderWithTheColumnsShownAndNamesTheFilters() {
        List<io.github.rectification.ledger.report.table.PrintedTable> printed = new java.util.ArrayList<>();
        vm.setPrinter(printed::add);
        String department = rows().stream().filter(r -> r.measure().status() == Status.IN_PROGRESS)
                .map(r -> r.measure().department()).findFirst().orElseThrow();
        vm.departmentProperty().set(department);
        vm.statusProperty().set(Status.IN_PROGRESS);
        List<GridRow> shown = new java.util.ArrayList<>(rows());
        assertThat(shown).isNotEmpty();
        java.util.Collections.reverse(shown);
        List<GridColumn> columns = List.of(GridColumn.PROBLEM, GridColumn.TEXT, GridColumn.DEPARTMENT, GridColumn.EVIDENCE);
        assertThat(vm.print(shown, columns, List.of(200.0, 260.0, 90.0, 48.0))).isTrue();

        var table = printed.get(0);
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly("存在问题", "整改措施", "牵头部门", "佐证");
        assertThat(table.columns()).extracting(c -> c.grouped()).containsExactly(true, false, false, false);
        assertThat(table.columns().get(1).weight()).isEqualTo(260.0);
        assertThat(table.rows()).hasSize(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            GridRow r = shown.get(i);
            assertThat(table.rows().get(i).cells()).containsExactly(r.text(GridColumn.PROBLEM), r.text(GridColumn.TEXT),
                    department, r.evidence() == 0 ? "" : String.valueOf(r.evidence()));
            assertThat(table.rows().get(i).group()).isEqualTo(r.problem().id());
        }
        assertThat(String.join("\n", table.lines())).contains("牵头部门 " + department, "完成情况 正在推进",
                "共 " + shown.size() + " 条整改措施", "截至2030年1月1日");

        vm.textProperty().set("没有这样的措施文字");
        assertThat(vm.print(rows(), columns, List.of(1.0, 1.0, 1.0, 1.0))).isFalse();
        assertThat(printed).hasSize(1);
        assertThat(vm.messageProperty().get()).isEqualTo("表格中没有要打印的措施。");
    }
}
