package io.github.rectification.ledger.report.closeout;

import io.github.rectification.ledger.files.NewWorkbook;
import io.github.rectification.ledger.files.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The close-out register as an Excel workbook ready to print: A4 landscape one page wide at about
 * full size (text 11 pt, so never under 10.5 pt on paper), the header repeated on every page, rows as
 * tall as their wrapped text, page numbers at the foot.
 */
public final class CloseOutRegisterWorkbook {
    static final short TEXT_PT = 11;
    /**
     * Column widths in character units. A unit is the width of a digit of the workbook's font: 5.25 pt
     * in Excel's Calibri, up to about 7.3 pt where 宋体 is replaced (WenQuanYi in LibreOffice), so the
     * columns add up to what A4 landscape holds at full size even then.
     */
    public static final List<Double> WIDTHS = List.of(4.0, 15.0, 22.0, 10.0, 8.0, 17.0, 9.0, 8.0, 6.0, 8.0);
    /** The widest a unit prints, in points. */
    public static final double WIDEST_UNIT_PT = 7.3;
    /** Left and right margins, in inches. */
    public static final double SIDE_MARGIN_IN = 0.4;
    static final double LINE_PT = 14.5;
    static final int HEADER_ROW = 2;

    private CloseOutRegisterWorkbook() {
    }

    public static void write(CloseOutRegister register, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(register, out));
    }

    public static void write(CloseOutRegister register, OutputStream out) throws IOException {
        try (NewWorkbook made = new NewWorkbook()) {
            XSSFWorkbook wb = made.workbook();
            // the workbook's default font sets the width of a column unit: 宋体 as in the office's own sheets
            wb.getFontAt(0).setFontName("宋体");
            wb.getFontAt(0).setFontHeightInPoints(TEXT_PT);
            Sheet sheet = wb.createSheet("对账销号表");
            int columns = register.columns().size();
            CellStyle title = style(wb, (short) 16, true, false, HorizontalAlignment.CENTER);
            CellStyle line = style(wb, TEXT_PT, false, false, HorizontalAlignment.LEFT);
            CellStyle head = style(wb, TEXT_PT, true, true, HorizontalAlignment.CENTER);
            CellStyle text = style(wb, TEXT_PT, false, true, HorizontalAlignment.LEFT);
            CellStyle centred = style(wb, TEXT_PT, false, true, HorizontalAlignment.CENTER);
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (int) Math.round(WIDTHS.get(c) * 256));
            }
            Row t = sheet.createRow(0);
            t.setHeightInPoints(30);
            cell(t, 0, register.title(), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            Row d = sheet.createRow(1);
            cell(d, 0, register.dateLine(), line);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
            row(sheet, HEADER_ROW, register.columns(), head, head);
            int r = HEADER_ROW + 1;
            for (List<String> values : register.rows()) {
                row(sheet, r++, values, text, centred);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN_IN);
            sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN_IN);
            sheet.setMargin(Sheet.TopMargin, 0.6);
            sheet.setMargin(Sheet.BottomMargin, 0.6);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            wb.write(out);
        }
    }

    private static void row(Sheet sheet, int index, List<String> values, CellStyle text, CellStyle centred) {
        Row row = sheet.createRow(index);
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            String v = values.get(c);
            boolean narrow = WIDTHS.get(c) <= 8;
            cell(row, c, v, narrow ? centred : text);
            lines = Math.max(lines, lines(v, WIDTHS.get(c)));
        }
        row.setHeightInPoints((float) (lines * LINE_PT + 4));
    }

    /** Width of a column unit where the workbook's 宋体 is present (Excel, WPS): 8 px, in points. */
    static final double UNIT_PT = 6.0;

    /**
     * Lines a text wraps to in a column of the given width in 宋体 11 pt: a Chinese character is
     * 11 pt wide, a Latin letter or digit half that; 4 pt of the column are its padding.
     */
    static int lines(String text, double width) {
        double room = Math.max(TEXT_PT, width * UNIT_PT - 4);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            double pt = 0;
            for (int i = 0; i < part.length(); i++) {
                pt += part.charAt(i) < 0x2E80 ? TEXT_PT / 2.0 : TEXT_PT;
            }
            lines += Math.max(1, (int) Math.ceil(pt / room));
        }
        return lines;
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook wb, short points, boolean bold, boolean border, HorizontalAlignment h) {
        Font f = wb.createFont();
        f.setFontName("宋体");
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setWrapText(true);
        s.setAlignment(h);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
