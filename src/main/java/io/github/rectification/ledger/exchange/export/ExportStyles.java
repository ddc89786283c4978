package io.github.rectification.ledger.exchange.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of an exported ledger, created once per workbook and shared by every cell. */
final class ExportStyles {
    static final String FONT = "宋体";
    static final short BODY_POINTS = 11;
    /** Height in points of one line of body text. */
    static final float LINE_POINTS = 14.5f;

    final CellStyle title;
    final CellStyle info;
    final CellStyle header;
    /** Wrapped text, left-aligned, for long texts. */
    final CellStyle text;
    /** Wrapped text, centred, for short values (sequence, names, status). */
    final CellStyle centered;
    /** A date cell shown as 2022年6月30日. */
    final CellStyle date;
    /** The hidden stable-id columns: wrapped, so that a spreadsheet never draws their text beside them. */
    final CellStyle plain;

    /** The styles' indexes, as cells in sheet XML refer to them. */
    record Indexes(int title, int info, int header, int plain, int text, int centered, int date) {
    }

    ExportStyles(Workbook wb) {
        Font titleFont = font(wb, (short) 18, true);
        Font bodyFont = font(wb, BODY_POINTS, false);
        Font boldFont = font(wb, BODY_POINTS, true);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);

        info = wb.createCellStyle();
        info.setFont(bodyFont);
        info.setAlignment(HorizontalAlignment.LEFT);
        info.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(wb, boldFont, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered(wb, bodyFont, HorizontalAlignment.LEFT);
        centered = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
        date = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat(ExportLayout.DATE_FORMAT));

        plain = wb.createCellStyle();
        plain.setFont(bodyFont);
        plain.setWrapText(true);
    }

    Indexes indexes() {
        return new Indexes(index(title), index(info), index(header), index(plain), index(text), index(centered),
                index(date));
    }

    private static int index(CellStyle s) {
        return s.getIndex() & 0xffff;
    }

    private static Font font(Workbook wb, short points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle bordered(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
