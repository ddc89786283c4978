package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerExporterTest {
    static final String FIRST_SHEET = "中共某市民政局党组关于市委第三巡察组第一轮常规巡察反馈意见整改落实台账".substring(0, 31);

    @TempDir
    Path dir;
    LedgerStore store;
    XSSFWorkbook wb;

    @BeforeEach
    void setUp() throws Exception {
        store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        SampleLedger.fill(store);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (wb != null) {
            wb.close();
        }
        store.close();
    }

    private XSSFWorkbook exportAll() throws Exception {
        Path file = dir.resolve("out.xlsx");
        ExportSummary s = new LedgerExporter(store).export(file, ExportProgress.NONE);
        assertThat(s.inspections()).isEqualTo(2);
        assertThat(s.problems()).isEqualTo(5);
        assertThat(s.measures()).isEqualTo(6);
        wb = new XSSFWorkbook(file.toFile());
        return wb;
    }

    private static String text(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return DayTexts.chinese(c.getLocalDateTimeCellValue().toLocalDate());
        }
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    @Test
    void oneSheetPerInspectionWithSafeUniqueNamesThenRegistersAndVeryHiddenInfo() throws Exception {
        exportAll();
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly(FIRST_SHEET, "2023年巡察_专项__整改_", "问责情况", "建章立制", "_ledger");
        assertThat(names).allMatch(n -> n.length() <= 31);
        assertThat(wb.getSheetVisibility(4)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        for (int i = 0; i < 4; i++) {
            assertThat(wb.getSheetVisibility(i)).isEqualTo(SheetVisibility.VISIBLE);
        }
    }

    @Test
    void titleInfoAndHeaderRowsLookLikeTheOfficesLedger() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        assertThat(text(s, 0, 0)).isEqualTo("中共某市民政局党组关于市委第三巡察组第一轮常规巡察反馈意见整改落实台账");
        assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:M1"), CellRangeAddress.valueOf("A2:M2"));
        assertThat(text(s, 1, 0)).contains("填报单位：某市民政局党组").contains("填报日期：2022年9月30日");
        List<String> header = new ArrayList<>();
        for (int c = 0; c < 18; c++) {
            header.add(text(s, 2, c));
        }
        assertThat(header).containsExactly("序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门", "配合部门",
                "责任人", "整改时限", "整改进展情况", "完成情况", "完成时间", "备注", "#problem_uid", "#measure_uid",
                "#parent_uid", "#measure_seq", "#problem_description");
        assertThat(s.getRow(3).getCell(3).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getRow(3).getCell(2).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void problemCellsAreMergedOverTheirMeasuresAndCarryTheirIds() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        // the third measure (3,000 characters) does not fit on the first page with the other two: the
        // problem's cells are merged over the first page's part, and the next page starts with its label
        assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:A5"), CellRangeAddress.valueOf("B4:B5"),
                CellRangeAddress.valueOf("C4:C5"));
        assertThat(s.getRowBreaks()).contains(4);
        assertThat(text(s, 3, 2)).isEqualTo("党组领导核心作用发挥不充分");
        assertThat(text(s, 4, 2)).isEmpty();
        assertThat(text(s, 5, 2)).isEqualTo("（续）党组领导核心作用发挥不充分");
        List<Problem> problems = store.inspections().problemsInOrder(store.inspections().all().get(0).id());
        String p1 = store.history().uidOf(RecordKind.PROBLEM, problems.get(0).id());
        for (int r = 3; r <= 5; r++) {
            assertThat(text(s, r, ExportLayout.PROBLEM_UID)).isEqualTo(p1);
        }
        List<String> measureUids = new ArrayList<>();
        store.inspections().forEachMeasure(List.of(problems.get(0).id()), (m, uid) -> measureUids.add(uid));
        assertThat(List.of(text(s, 3, ExportLayout.MEASURE_UID), text(s, 4, ExportLayout.MEASURE_UID),
                text(s, 5, ExportLayout.MEASURE_UID))).isEqualTo(measureUids);
        for (int c = 13; c <= 17; c++) {
            assertThat(s.isColumnHidden(c)).as("column %d hidden", c).isTrue();
        }
        for (int c = 0; c <= 12; c++) {
            // an empty 配合部门 or 备注 column is hidden so that it takes no room on paper
            if (c != ExportLayout.SUPPORTING && c != ExportLayout.REMARKS) {
                assertThat(s.isColumnHidden(c)).isFalse();
            }
        }
        // Excel wants the column definitions in order
        List<Long> firsts = new ArrayList<>();
        ((XSSFSheet) s).getCTWorksheet().getColsArray(0).getColList().forEach(col -> firsts.add(col.getMin()));
        assertThat(firsts).isSorted().hasSize(18);
    }

    @Test
    void subProblemsCarryTheirParentsSequenceAndIdAndEmptyProblemsGetARow() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        List<Problem> problems = store.inspections().problemsInOrder(store.inspections().all().get(0).id());
        // rows: 3-5 problem 1, 6 problem 2, 7 sub-problem (1), 8 problem 3 without measures
        assertThat(text(s, 6, 0)).isEqualTo("2");
        assertThat(text(s, 6, ExportLayout.PARENT_UID)).isEmpty();
        assertThat(text(s, 7, 0)).isEqualTo("2(1)");
        assertThat(text(s, 7, 2)).isEqualTo("文山会海");
        assertThat(text(s, 7, ExportLayout.PARENT_UID)).isEqualTo(store.history().uidOf(RecordKind.PROBLEM, problems.get(1).id()));
        assertThat(text(s, 8, 2)).isEqualTo("干部队伍结构不优");
        assertThat(text(s, 8, 3)).isEmpty();
        assertThat(text(s, 8, ExportLayout.MEASURE_UID)).isEmpty();
        assertThat(text(s, 8, ExportLayout.PROBLEM_UID)).isEqualTo(store.history().uidOf(RecordKind.PROBLEM, problems.get(3).id()));
        assertThat(s.getLastRowNum()).isEqualTo(8);
        assertThat(((XSSFSheet) s).getCTWorksheet().getDimension().getRef()).isEqualTo("A1:R9");
    }

    @Test
    void textsSurviveExactlyAndStayText() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        assertThat(SampleLedger.LONG_TEXT).hasSizeGreaterThan(3000);
        assertThat(s.getRow(5).getCell(3).getStringCellValue()).isEqualTo(SampleLedger.LONG_TEXT);
        Cell formula = s.getRow(4).getCell(3);
        assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
        assertThat(formula.getStringCellValue()).isEqualTo(SampleLedger.FORMULA_TEXT);
        assertThat(s.getRow(4).getCell(ExportLayout.PROGRESS).getStringCellValue()).isEqualTo(SampleLedger.MULTILINE);
        assertThat(s.getRow(5).getCell(ExportLayout.PROGRESS).getStringCellValue()).isEqualTo("+持续推进中");
        assertThat(s.getRow(6).getCell(3).getStringCellValue()).isEqualTo("-精简会议文件");
        assertThat(s.getRow(7).getCell(3).getStringCellValue()).isEqualTo("@压减发文数量");
        assertThat(s.getRow(4).getHeightInPoints()).isGreaterThanOrEqualTo(3 * ExportStyles.LINE_POINTS);
    }

    @Test
    void deadlinesAreDatesOrTheOriginalTextAndStatusesTheirWords() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        Cell date = s.getRow(3).getCell(ExportLayout.DEADLINE);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo(ExportLayout.DATE_FORMAT);
        assertThat(text(s, 3, ExportLayout.DEADLINE)).isEqualTo("2022年6月30日");
        assertThat(text(s, 4, ExportLayout.DEADLINE)).isEqualTo("2022年3月底");
        assertThat(text(s, 5, ExportLayout.DEADLINE)).isEqualTo("长期坚持");
        assertThat(text(s, 6, ExportLayout.DEADLINE)).isEqualTo("立行立改");
        assertThat(text(s, 7, ExportLayout.DEADLINE)).isEmpty();
        assertThat(List.of(text(s, 3, ExportLayout.STATUS), text(s, 4, ExportLayout.STATUS), text(s, 5, ExportLayout.STATUS), text(s, 6, ExportLayout.STATUS), text(s, 7, ExportLayout.STATUS)))
                .containsExactly("已完成", "正在推进", "长期坚持", "未启动", "已完成");
    }

    @Test
    void supportingDepartmentsCompletionDatesAndHiddenSequenceAndDescriptionAreWritten() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        assertThat(text(s, 3, ExportLayout.SUPPORTING)).isEqualTo("组织人事科、机关党委");
        assertThat(text(s, 4, ExportLayout.SUPPORTING)).isEmpty();
        Cell done = s.getRow(3).getCell(ExportLayout.COMPLETED_ON);
        assertThat(done.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(done.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(SampleLedger.COMPLETED_ON);
        assertThat(done.getCellStyle().getDataFormatString()).isEqualTo(ExportLayout.DATE_FORMAT);
        assertThat(text(s, 4, ExportLayout.COMPLETED_ON)).isEmpty();
        assertThat(text(s, 3, ExportLayout.MEASURE_SEQ)).isEqualTo("1.1");
        assertThat(text(s, 4, ExportLayout.MEASURE_SEQ)).isEmpty();
        assertThat(text(s, 3, ExportLayout.PROBLEM_DESCRIPTION)).isEqualTo(SampleLedger.DESCRIPTION);
        assertThat(text(s, 4, ExportLayout.PROBLEM_DESCRIPTION)).isEmpty();
        // a date wraps to two lines at most, two departments to three
        assertThat(TextWidth.lines("2022年6月20日", s.getColumnWidth(ExportLayout.COMPLETED_ON) / 256)).isLessThanOrEqualTo(2);
        assertThat(TextWidth.lines("组织人事科、机关党委", s.getColumnWidth(ExportLayout.SUPPORTING) / 256))
                .isLessThanOrEqualTo(3);
    }

    @Test
    void printsA4LandscapeOnePageWideWithHeaderRepeatedAndPageNumbers() throws Exception {
        XSSFSheet s = exportAll().getSheetAt(0);
        PrintSetup ps = s.getPrintSetup();
        assertThat(ps.getLandscape()).isTrue();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        assertThat(s.getFitToPage()).isTrue();
        assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
        // the visible columns print; the hidden ids are wrapped, so no spreadsheet draws them beside the page
        assertThat(s.getWorkbook().getPrintArea(0)).isEqualTo("'" + s.getSheetName() + "'!$A:$M");
        assertThat(s.getRow(3).getCell(ExportLayout.PROBLEM_UID).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
    }

    @Test
    void theStatusColumnOffersTheStatusWords() throws Exception {
        XSSFSheet s = exportAll().getSheetAt(0);
        assertThat(s.getDataValidations()).hasSize(1);
        DataValidation v = s.getDataValidations().get(0);
        DataValidationConstraint c = v.getValidationConstraint();
        assertThat(c.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        assertThat(c.getExplicitListValues()).containsExactly("已完成", "正在推进", "长期坚持", "未启动");
        assertThat(v.getShowErrorBox()).isTrue();
        CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
        assertThat(range.getFirstColumn()).isEqualTo(10);
        assertThat(range.getLastColumn()).isEqualTo(10);
        assertThat(range.getFirstRow()).isEqualTo(3);
        assertThat(range.getLastRow()).isGreaterThanOrEqualTo(s.getLastRowNum());
    }

    @Test
    void aPlainNumberSequenceIsStoredAsANumber() throws Exception {
        Inspection i = store.inspections().add(Inspection.draft("序号为数字的台账"));
        store.inspections().add(new Problem(0, i.id(), null, "7", "", "第七个问题", "", 0));
        store.inspections().add(new Problem(0, i.id(), null, "(八)", "", "第八个问题", "", 0));
        Path file = dir.resolve("seq.xlsx");
        new LedgerExporter(store).export(file, i.id(), ExportProgress.NONE);
        wb = new XSSFWorkbook(file.toFile());
        Sheet s = wb.getSheetAt(0);
        Cell seven = s.getRow(ExportLayout.FIRST_DATA_ROW).getCell(ExportLayout.SEQ);
        assertThat(seven.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(seven.getNumericCellValue()).isEqualTo(7.0);
        Cell eight = s.getRow(ExportLayout.FIRST_DATA_ROW + 1).getCell(ExportLayout.SEQ);
        assertThat(eight.getCellType()).isEqualTo(CellType.STRING);
    }

    @Test
    void columnsAreWideEnoughForTheirValues() throws Exception {
        Sheet s = exportAll().getSheetAt(0);
        assertThat(s.getColumnWidth(3)).isGreaterThanOrEqualTo(28 * 256);
        assertThat(TextWidth.lines("2022年6月30日", s.getColumnWidth(ExportLayout.DEADLINE) / 256)).isLessThanOrEqualTo(2);
        assertThat(s.getColumnWidth(5) / 256).isGreaterThanOrEqualTo(TextWidth.of("办公室"));
        // the rows were sized for the widths the columns get
        for (int c = 0; c < ColumnWidths.count(); c++) {
            assertThat(s.getColumnWidth(c) / 256).as("column %d", c).isEqualTo(ColumnWidths.wrapWidth(c));
        }
    }

    @Test
    void theInfoSheetIdentifiesLedgerSheetsAndInspections() throws Exception {
        exportAll();
        Sheet info = wb.getSheet("_ledger");
        Map<String, String> kv = new TreeMap<>();
        for (Row r : info) {
            kv.put(text(info, r.getRowNum(), 0), text(info, r.getRowNum(), 1));
        }
        assertThat(kv).containsEntry("format", "rectification-ledger/1")
                .containsEntry("ledger_uid", store.settings().get(LedgerSettings.LEDGER_UID));
        Inspection a = store.inspections().all().get(0);
        String uid = store.history().uidOf(RecordKind.INSPECTION, a.id());
        assertThat(kv).containsEntry("sheet:" + FIRST_SHEET, uid)
                .containsEntry("inspection:" + uid + ":inspected_unit", "某市民政局党组")
                .containsEntry("inspection:" + uid + ":inspection_group", "市委第三巡察组")
                .containsEntry("inspection:" + uid + ":feedback_date", "2022-05-10")
                .containsEntry("inspection:" + uid + ":start_date", "2022-03-01")
                .containsEntry("inspection:" + uid + ":end_date", "2022-04-30");
        String second = store.history().uidOf(RecordKind.INSPECTION, store.inspections().all().get(1).id());
        assertThat(kv).containsEntry("sheet:2023年巡察_专项__整改_", second);
    }

    @Test
    void registersHaveTheirColumnsAndHiddenIds() throws Exception {
        exportAll();
        Sheet acc = wb.getSheet("问责情况");
        assertThat(List.of(text(acc, 0, 0), text(acc, 0, 1), text(acc, 0, 2), text(acc, 0, 3), text(acc, 0, 4),
                text(acc, 0, 5), text(acc, 0, 6))).containsExactly("序号", "姓名", "职务", "问责方式", "关联问题", "日期", "#uid");
        assertThat(List.of(text(acc, 1, 1), text(acc, 1, 3), text(acc, 1, 4), text(acc, 1, 5)))
                .containsExactly("张三", "批评教育", "党组领导核心作用发挥不充分", "2022年7月1日");
        long accId = store.registers().accountability().get(0).id();
        assertThat(text(acc, 1, 6)).isEqualTo(store.history().uids(RecordKind.ACCOUNTABILITY).get(accId));
        assertThat(acc.isColumnHidden(6)).isTrue();

        Sheet inst = wb.getSheet("建章立制");
        assertThat(List.of(text(inst, 0, 1), text(inst, 0, 2), text(inst, 0, 3), text(inst, 0, 4), text(inst, 0, 5),
                text(inst, 0, 6))).containsExactly("制度名称", "文号", "类型", "印发日期", "关联问题", "#uid");
        assertThat(List.of(text(inst, 1, 1), text(inst, 1, 2), text(inst, 1, 3), text(inst, 1, 4), text(inst, 1, 5)))
                .containsExactly("会议管理办法", "民发〔2022〕3号", "新制定", "2022年8月1日", "形式主义官僚主义问题仍然存在");
        long instId = store.registers().institutions().get(0).id();
        assertThat(text(inst, 1, 6)).isEqualTo(store.history().uids(RecordKind.INSTITUTION).get(instId));
        assertThat(inst.isColumnHidden(6)).isTrue();
    }

    @Test
    void oneInspectionCanBeExportedAlone() throws Exception {
        Path file = dir.resolve("one.xlsx");
        long second = store.inspections().all().get(1).id();
        ExportSummary s = new LedgerExporter(store).export(file, second, ExportProgress.NONE);
        assertThat(s.inspections()).isEqualTo(1);
        assertThat(s.measures()).isEqualTo(1);
        wb = new XSSFWorkbook(file.toFile());
        assertThat(wb.getNumberOfSheets()).isEqualTo(4);
        assertThat(wb.getSheetName(0)).isEqualTo("2023年巡察_专项__整改_");
        Sheet sheet = wb.getSheetAt(0);
        assertThat(text(sheet, 3, 3)).isEqualTo("专项整改");
        assertThat(text(sheet, 1, 0)).contains("填报日期：").doesNotContain("年");
    }

    @Test
    void stylesAreSharedNotMadePerCell() throws Exception {
        exportAll();
        assertThat((int) wb.getNumCellStyles()).isLessThan(12);
    }

    @Test
    void progressIsReportedUpToTheTotal() throws Exception {
        List<long[]> calls = new ArrayList<>();
        new LedgerExporter(store).export(dir.resolve("p.xlsx"), (done, total) -> calls.add(new long[] {done, total}));
        assertThat(calls.get(0)).containsExactly(0, 6);
        assertThat(calls.get(calls.size() - 1)).containsExactly(6, 6);
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws Exception {
        Path file = dir.resolve("bad.xlsx");
        store.inspections().add(io.github.rectification.ledger.domain.Measure.draft(
                store.inspections().problemsInOrder(store.inspections().all().get(0).id()).get(3).id(), "很长".repeat(20000)));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new LedgerExporter(store).export(file, ExportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("超过 Excel 单元格上限")
                .hasMessageContaining("第 9 行");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("xlsx"));
        }
    }
}
