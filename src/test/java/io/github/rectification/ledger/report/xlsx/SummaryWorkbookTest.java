package io.github.rectification.ledger.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.summary.SummaryBuilder;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theWorkbookHoldsTheSummaryReadyToPrint() throws Exception {
        Path file = dir.resolve("汇总.xlsx");
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 4);
            SummaryWorkbook.write(SummaryBuilder.of(StatisticsService.of(store, NoticeLedger.DAY)), file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sum = wb.getSheet(SummaryWorkbook.SUMMARY_SHEET);
            XSSFSheet open = wb.getSheet(SummaryWorkbook.OPEN_SHEET);
            for (XSSFSheet s : new XSSFSheet[] {sum, open}) {
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getRepeatingRows()).isNotNull();
            }
            String all = text(sum);
            assertThat(all).contains("整改完成率 99.31%", "已完成整改 144条（含长期坚持4条）", "计算口径：按整改措施计算",
                    "一、按问题类别统计", "巡察整改方面 4 20 19 0 1 1 95.00%", "二、按牵头部门统计");
            int header = open.getRepeatingRows().getFirstRow();
            assertThat(text(open.getRow(header))).isEqualTo("序号 问题 整改措施 责任领导 牵头部门 整改时限 状态");
            assertThat(text(open.getRow(header + 1))).contains(NoticeLedger.OPEN_MEASURE, "逾期119天");
        }
    }

    @Test
    void rowsAreTallEnoughForTheirWrappedTextAndRatesAreNumbers() throws Exception {
        Path file = dir.resolve("高.xlsx");
        try (LedgerStore store = LedgerStore.open(dir.resolve("h.zgtz"))) {
            NoticeLedger.build(store, 4);
            SummaryWorkbook.write(SummaryBuilder.of(StatisticsService.of(store, NoticeLedger.DAY)), file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int checked = 0;
            int rates = 0;
            for (XSSFSheet sheet : new XSSFSheet[] {wb.getSheet(SummaryWorkbook.SUMMARY_SHEET),
                    wb.getSheet(SummaryWorkbook.OPEN_SHEET)}) {
                for (Row row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC
                                && cell.getCellStyle().getDataFormatString().contains("%")) {
                            rates++;
                        }
                        if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                            continue;
                        }
                        String v = cell.getStringCellValue();
                        assertThat(v).as("rate kept as text").doesNotMatch("\\d+\\.\\d+%");
                        if (!cell.getCellStyle().getWrapText()) {
                            continue;
                        }
                        double width = RowHeights.width(sheet, row.getRowNum(), cell.getColumnIndex());
                        double pt = ((XSSFCell) cell).getCellStyle().getFont().getFontHeightInPoints();
                        // characters per line at this size: two units a CJK character, 11 pt units
                        double perLine = width * 11 / pt;
                        int lines = 0;
                        for (String line : v.split("\n", -1)) {
                            int units = 0;
                            for (char ch : line.toCharArray()) {
                                units += ch < 0x2E80 ? 1 : 2;
                            }
                            lines += Math.max(1, (int) Math.ceil(units / perLine));
                        }
                        assertThat(row.getHeightInPoints()).as(sheet.getSheetName() + " row " + row.getRowNum() + ": " + v)
                                .isGreaterThanOrEqualTo((float) (lines * pt * 1.2));
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(50);
            // the rate of every category, every department and the key figure
            assertThat(rates).isEqualTo(4 + 5 + 1);
            XSSFSheet open = wb.getSheet(SummaryWorkbook.OPEN_SHEET);
            Row measure = open.getRow(open.getRepeatingRows().getFirstRow() + 1);
            assertThat(measure.getHeightInPoints()).isGreaterThan(open.getDefaultRowHeightInPoints());
            // the heading runs on to the right of its narrow column: one line, no empty band above the table
            Row heading = open.getRow(open.getRepeatingRows().getFirstRow() - 1);
            assertThat(heading.getCell(0).getStringCellValue()).startsWith("三、");
            assertThat(heading.getHeightInPoints()).isLessThan(2 * 11 * 1.3f);
        }
    }

    /**
     * The text prints at 10.5 pt or more: the smallest cell font times the print scale, the scale
     * worked out as a spreadsheet fits the sheet to the page width (7 pixels a width unit and the 5
     * pixels of padding LibreOffice adds to each column, a pixel ¾ pt; A4, the sheet's margins).
     */
    @Test
    void theTextPrintsAt10AndAHalfPointsOrMore() throws Exception {
        Path file = dir.resolve("字号.xlsx");
        try (LedgerStore store = LedgerStore.open(dir.resolve("z.zgtz"))) {
            NoticeLedger.build(store, 4);
            SummaryWorkbook.write(SummaryBuilder.of(StatisticsService.of(store, NoticeLedger.DAY)), file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (XSSFSheet sheet : new XSSFSheet[] {wb.getSheet(SummaryWorkbook.SUMMARY_SHEET),
                    wb.getSheet(SummaryWorkbook.OPEN_SHEET)}) {
                double paper = sheet.getPrintSetup().getLandscape() ? 842 : 595;
                double printable = paper - 72 * (sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)
                        + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT));
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                }
                double width = 0;
                for (int c = 0; c < columns; c++) {
                    width += sheet.getColumnWidth(c) / 256.0 * 7 * 0.75 + 5 * 0.75;
                }
                double scale = Math.min(1, printable / width);
                double smallest = Double.MAX_VALUE;
                for (Row row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() != CellType.BLANK) {
                            smallest = Math.min(smallest,
                                    ((XSSFCell) cell).getCellStyle().getFont().getFontHeightInPoints() * scale);
                        }
                    }
                }
                assertThat(smallest).as(sheet.getSheetName() + " at scale " + scale).isGreaterThanOrEqualTo(10.5);
            }
        }
    }

    static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(r -> sb.append(text(r)).append('\n'));
        return sb.toString();
    }

    static String text(Row r) {
        DataFormatter f = new DataFormatter();
        StringBuilder sb = new StringBuilder();
        r.forEach(c -> {
            String v = f.formatCellValue(c);
            if (!v.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(v.replace('\n', ' '));
            }
        });
        return sb.toString();
    }
}
