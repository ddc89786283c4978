package io.github.rectification.ledger.report.xlsx;

import io.github.rectification.ledger.domain.WrappedText;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sets each row as tall as its tallest wrapped cell (a cell that does not wrap runs on into the
 * cells beside it and needs one line): the lines a text takes in its column (or merged
 * columns) at its font size ({@link WrappedText}; the width units are those of 11 pt text), times the
 * line height of that size. A spreadsheet does not grow rows on its own when the file is printed.
 */
final class RowHeights {
    /** Column-width units are counted for 11 pt text. */
    static final double UNIT_FONT_PT = 11;
    /** A line of text is this many times its size high. */
    static final double LINE_FACTOR = 1.3;
    static final double PADDING_PT = 4;

    private RowHeights() {
    }

    static void fit(XSSFSheet sheet) {
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            double needed = 0;
            for (int c = 0; c < row.getLastCellNum(); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell == null || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()
                        || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                double pt = cell.getCellStyle().getFont().getFontHeightInPoints();
                needed = Math.max(needed, height(cell.getStringCellValue(), width(sheet, r, c), pt));
            }
            if (needed > row.getHeightInPoints()) {
                row.setHeightInPoints((float) Math.ceil(needed));
            }
        }
    }

    /** The height in points a text needs in a column {@code widthUnits} wide at {@code fontPt}. */
    static double height(String text, double widthUnits, double fontPt) {
        int units = (int) Math.floor(widthUnits * UNIT_FONT_PT / fontPt);
        return WrappedText.lines(text, units) * fontPt * LINE_FACTOR + PADDING_PT;
    }

    /** The width in units of the cell, or of the merged area it starts. */
    static double width(XSSFSheet sheet, int r, int c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() == r && m.getFirstColumn() == c) {
                double w = 0;
                for (int k = m.getFirstColumn(); k <= m.getLastColumn(); k++) {
                    w += sheet.getColumnWidth(k) / 256.0;
                }
                return w;
            }
        }
        return sheet.getColumnWidth(c) / 256.0;
    }
}
