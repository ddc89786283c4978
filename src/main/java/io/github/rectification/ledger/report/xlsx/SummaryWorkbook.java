package io.github.rectification.ledger.report.xlsx;

import io.github.rectification.ledger.files.NewWorkbook;
import io.github.rectification.ledger.files.AtomicFiles;
import io.github.rectification.ledger.report.summary.KeyFigure;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.report.summary.SummaryTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The leaders' summary as a print-ready workbook: a sheet with the key figures and the tables by
 * category and department, and a sheet listing the measures not yet done; A4, 11 pt text in columns
 * that fit the page width, so that it prints at 11 pt (fitted to the width only as a safeguard);
 * header rows repeated on every printed page, page numbers in the footer; rows as tall as their
 * wrapped text ({@link RowHeights}), rates stored as numbers in a percentage format.
 */
public final class SummaryWorkbook {
    static final String SUMMARY_SHEET = "整改情况汇总";
    static final String OPEN_SHEET = "未完成及逾期措施";
    private static final int SUMMARY_COLUMNS = 8;
    private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d+)?%");

    private SummaryWorkbook() {
    }

    public static void write(SummaryDocument summary, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(summary, out));
    }

    public static void write(SummaryDocument summary, OutputStream out) throws IOException {
        try (NewWorkbook made = new NewWorkbook()) {
            XSSFWorkbook wb = made.workbook();
            Styles st = new Styles(wb);
            XSSFSheet sheet = wb.createSheet(SUMMARY_SHEET);
            int r = titleRows(sheet, st, summary, SUMMARY_COLUMNS);
            r = keyFigures(sheet, st, summary, r);
            List<SummaryTable> tables = summary.tables();
            for (int i = 0; i < tables.size() - 1; i++) {
                r = table(sheet, st, tables.get(i), r + 1);
            }
            sheet.setColumnWidth(0, 22 * 256);
            for (int c = 1; c < SUMMARY_COLUMNS; c++) {
                sheet.setColumnWidth(c, 10 * 256);
            }
            RowHeights.fit(sheet);
            print(sheet, false);
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, SUMMARY_COLUMNS - 1));

            SummaryTable open = tables.get(tables.size() - 1);
            XSSFSheet list = wb.createSheet(OPEN_SHEET);
            int cols = open.columns().size();
            int start = titleRows(list, st, summary, cols);
            int header = start + 1;
            table(list, st, open, start);
            int[] widths = {6, 24, 56, 12, 14, 12, 14};
            for (int c = 0; c < cols; c++) {
                list.setColumnWidth(c, (c < widths.length ? widths[c] : 12) * 256);
            }
            RowHeights.fit(list);
            print(list, true);
            list.setRepeatingRows(new CellRangeAddress(header, header, 0, cols - 1));
            list.createFreezePane(0, header + 1);
            wb.write(out);
        }
    }

    private static int titleRows(XSSFSheet sheet, Styles st, SummaryDocument s, int cols) {
        Row t = sheet.createRow(0);
        t.setHeightInPoints(30);
        cell(t, 0, s.title(), st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, cols - 1));
        Row d = sheet.createRow(1);
        cell(d, 0, (s.subtitle().isBlank() ? "" : s.subtitle() + "    ") + s.dateLine(), st.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, cols - 1));
        return 2;
    }

    private static int keyFigures(XSSFSheet sheet, Styles st, SummaryDocument s, int r) {
        Row h = sheet.createRow(r++);
        cell(h, 0, "主要数据", st.heading);
        for (KeyFigure k : s.keyFigures()) {
            Row row = sheet.createRow(r);
            cell(row, 0, k.label(), st.header);
            value(row, 1, k.value(), st.text, st.rateText);
            for (int c = 2; c < SUMMARY_COLUMNS; c++) {
                cell(row, c, "", st.text);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, SUMMARY_COLUMNS - 1));
            r++;
        }
        Row rule = sheet.createRow(r);
        rule.setHeightInPoints(30);
        cell(rule, 0, s.rule(), st.note);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, SUMMARY_COLUMNS - 1));
        return r + 1;
    }

    private static int table(XSSFSheet sheet, Styles st, SummaryTable t, int r) {
        Row h = sheet.createRow(r++);
        cell(h, 0, t.heading(), st.heading);
        Row header = sheet.createRow(r++);
        for (int c = 0; c < t.columns().size(); c++) {
            cell(header, c, t.columns().get(c), st.header);
        }
        if (t.rows().isEmpty()) {
            cell(sheet.createRow(r++), 0, t.empty(), st.note);
        }
        boolean[] numeric = new boolean[t.columns().size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = t.numeric(c);
        }
        for (List<String> values : t.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (numeric[c] && v.matches("\\d+")) {
                    XSSFCell cell = (XSSFCell) row.createCell(c);
                    cell.setCellValue(Integer.parseInt(v));
                    cell.setCellStyle(st.number);
                } else if (v.contains("逾期")) {
                    cell(row, c, v, st.overdue);
                } else {
                    value(row, c, v, numeric[c] ? st.number : st.text, st.rate);
                }
            }
        }
        return r;
    }

    /** A rate such as 99.31% as the number 0.9931 shown in a percentage format; other values as text. */
    private static void value(Row row, int c, String value, CellStyle style, CellStyle rateStyle) {
        if (RATE.matcher(value).matches()) {
            XSSFCell cell = (XSSFCell) row.createCell(c);
            cell.setCellValue(new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2).doubleValue());
            cell.setCellStyle(rateStyle);
        } else {
            cell(row, c, value, style);
        }
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        XSSFCell cell = (XSSFCell) row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void print(XSSFSheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    /** The few cell styles the sheets use. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle note;
        final CellStyle overdue;
        final CellStyle rate;
        final CellStyle rateText;

        Styles(XSSFWorkbook wb) {
            Font big = font(wb, 18, false);
            Font bold = font(wb, 11, true);
            Font plain = font(wb, 11, false);
            Font red = font(wb, 11, false);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            note = wb.createCellStyle();
            note.setFont(plain);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(wb, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb, plain);
            number = bordered(wb, plain);
            number.setAlignment(HorizontalAlignment.RIGHT);
            overdue = bordered(wb, red);
            short percent = wb.createDataFormat().getFormat("0.00%");
            rate = bordered(wb, plain);
            rate.setAlignment(HorizontalAlignment.RIGHT);
            rate.setDataFormat(percent);
            rateText = bordered(wb, plain);
            rateText.setAlignment(HorizontalAlignment.LEFT);
            rateText.setDataFormat(percent);
        }

        private static Font font(XSSFWorkbook wb, int size, boolean bold) {
            Font f = wb.createFont();
            f.setFontName("宋体");
            f.setFontHeightInPoints((short) size);
            f.setBold(bold);
            return f;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font f) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
