package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported ledger prints readably: the size its text has on paper, worked out from the sheet as
 * a spreadsheet prints it (visible column widths, cell fonts, paper, margins, and the fit-to-width or
 * the scale), is 10.5 pt or more.
 */
class PrintedSizeTest {
    /** Excel: a column-width unit of the default 11 pt font is 7 pixels, a pixel ¾ pt. */
    static final double POINTS_PER_UNIT = 7 * 0.75;

    @TempDir
    Path dir;

    XSSFWorkbook export(ExportPaper paper) throws Exception {
        Path file = dir.resolve(paper + ".xlsx");
        try (LedgerStore store = LedgerStore.open(dir.resolve(paper + ".zgtz"))) {
            SampleLedger.fill(store);
            new LedgerExporter(store).paper(paper).export(file, ExportProgress.NONE);
        }
        return new XSSFWorkbook(file.toFile());
    }

    static double printedScale(XSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        double longSide = switch (ps.getPaperSize()) {
            case PrintSetup.A4_PAPERSIZE -> 842;
            case PrintSetup.A3_PAPERSIZE -> 1191;
            default -> throw new AssertionError("paper " + ps.getPaperSize());
        };
        assertThat(ps.getLandscape()).isTrue();
        double printable = longSide - 72 * (sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT));
        double width = 0;
        for (int c = 0; c < ExportLayout.COLUMNS.size(); c++) {
            if (!sheet.isColumnHidden(c)) {
                width += sheet.getColumnWidth(c) / 256.0 * POINTS_PER_UNIT;
            }
        }
        if (sheet.getFitToPage()) {
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            return Math.min(1, printable / width);
        }
        double scale = ps.getScale() / 100.0;
        assertThat(width * scale).as("the sheet fits the page width").isLessThanOrEqualTo(printable);
        return scale;
    }

    /** The smallest font of the visible cells below the title, as printed. */
    static double smallestPrinted(XSSFSheet sheet) {
        double scale = printedScale(sheet);
        double smallest = Double.MAX_VALUE;
        for (Row row : sheet) {
            if (row.getRowNum() < ExportLayout.INFO_ROW) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getColumnIndex() < ExportLayout.COLUMNS.size() && !sheet.isColumnHidden(cell.getColumnIndex())) {
                    smallest = Math.min(smallest, sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex())
                            .getFontHeightInPoints() * scale);
                }
            }
        }
        return smallest;
    }

    @Test
    void onA4TheTextPrintsAt10AndAHalfPointsOrMore() throws Exception {
        try (XSSFWorkbook wb = export(ExportPaper.A4)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(smallestPrinted(sheet)).isGreaterThanOrEqualTo(10.5);
        }
    }

    @Test
    void onA3TheSheetPrintsEnlargedToThePageWidth() throws Exception {
        try (XSSFWorkbook wb = export(ExportPaper.A3)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
            assertThat(smallestPrinted(sheet)).isGreaterThan(13);
        }
    }

    @Test
    void emptySupportingAndRemarksColumnsTakeNoRoomOnPaper() throws Exception {
        try (XSSFWorkbook wb = export(ExportPaper.A4)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            boolean anySupporting = false;
            boolean anyRemarks = false;
            for (Row row : sheet) {
                if (row.getRowNum() >= ExportLayout.FIRST_DATA_ROW) {
                    anySupporting |= row.getCell(ExportLayout.SUPPORTING) != null
                            && !row.getCell(ExportLayout.SUPPORTING).toString().isEmpty();
                    anyRemarks |= row.getCell(ExportLayout.REMARKS) != null
                            && !row.getCell(ExportLayout.REMARKS).toString().isEmpty();
                }
            }
            assertThat(sheet.isColumnHidden(ExportLayout.SUPPORTING)).isEqualTo(!anySupporting);
            assertThat(sheet.isColumnHidden(ExportLayout.REMARKS)).isEqualTo(!anyRemarks);
            assertThat(sheet.isColumnHidden(ExportLayout.MEASURE)).isFalse();
        }
    }
}
