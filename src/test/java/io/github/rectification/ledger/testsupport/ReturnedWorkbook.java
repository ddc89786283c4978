package io.github.rectification.ledger.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An exported workbook as a department edits it before sending it back: cells changed by the
 * measure's hidden stable id, a row added under the last problem, and the whole re-saved as .xls.
 */
public final class ReturnedWorkbook implements AutoCloseable {
    /** Columns of an exported inspection sheet (see ExportLayout). */
    public static final int MEASURE = 3;
    public static final int DEPARTMENT = 5;
    public static final int DEADLINE = 8;
    public static final int PROGRESS = 9;
    public static final int STATUS = 10;
    private static final int MEASURE_UID = 14;

    private final XSSFWorkbook wb;
    private final Sheet sheet;

    private ReturnedWorkbook(XSSFWorkbook wb) {
        this.wb = wb;
        this.sheet = wb.getSheetAt(0);
    }

    public static ReturnedWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new ReturnedWorkbook(new XSSFWorkbook(in));
        }
    }

    /** Writes {@code value} into column {@code column} of the measure's row. */
    public ReturnedWorkbook set(String measureUid, int column, String value) {
        Row row = rowOf(measureUid);
        column += column >= MEASURE ? shifted : 0;
        Cell old = row.getCell(column);
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            // as Excel saves it: the text in the shared string table (POI would keep the old inline text)
            row.removeCell(old);
        }
        Cell cell = row.createCell(column, CellType.STRING);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
        return this;
    }

    /** Changes a problem's title in its (merged) problem cell. */
    public ReturnedWorkbook setProblemTitle(String title, String newTitle) {
        int column = 2 + (shifted > 0 && 2 >= MEASURE ? shifted : 0);
        for (Row r : sheet) {
            Cell c = r.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && title.equals(c.getStringCellValue())) {
                CellStyle style = c.getCellStyle();
                r.removeCell(c);
                Cell n = r.createCell(column, CellType.STRING);
                n.setCellStyle(style);
                n.setCellValue(newTitle);
                return this;
            }
        }
        throw new IllegalArgumentException("no problem " + title);
    }

    /** The row number (1-based, as Excel shows it) of a measure. */
    public int rowNumber(String measureUid) {
        return rowOf(measureUid).getRowNum() + 1;
    }

    /** Adds a measure row after the last one, under the last problem (problem cells left blank). */
    public int addRowAtEnd(String text, String department, String progress) {
        int last = sheet.getLastRowNum();
        Row previous = sheet.getRow(last);
        Row row = sheet.createRow(last + 1);
        for (int c = 0; c < previous.getLastCellNum(); c++) {
            Cell p = previous.getCell(c);
            if (p != null) {
                row.createCell(c).setCellStyle(p.getCellStyle());
            }
        }
        row.createCell(MEASURE).setCellValue(text);
        row.createCell(DEPARTMENT).setCellValue(department);
        row.createCell(PROGRESS).setCellValue(progress);
        row.createCell(STATUS).setCellValue("正在推进");
        return last + 2;
    }

    /**
     * As another spreadsheet program re-saves it: the {@code _ledger} sheet merely hidden with its
     * rows in reverse order, and a column inserted before 整改措施 in the inspection sheet.
     */
    public ReturnedWorkbook resavedElsewhere() {
        int info = wb.getSheetIndex("_ledger");
        wb.setSheetVisibility(info, org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN);
        Sheet meta = wb.getSheetAt(info);
        java.util.List<String[]> pairs = new java.util.ArrayList<>();
        for (Row r : meta) {
            pairs.add(new String[] {text(r.getCell(0)), text(r.getCell(1))});
        }
        java.util.Collections.reverse(pairs);
        for (int i = 0; i < pairs.size(); i++) {
            Row r = meta.getRow(i) == null ? meta.createRow(i) : meta.getRow(i);
            for (int c = 0; c < 2; c++) {
                if (r.getCell(c) != null) {
                    r.removeCell(r.getCell(c));
                }
                r.createCell(c, CellType.STRING).setCellValue(pairs.get(i)[c]);
            }
        }
        for (CellRangeAddress m : new java.util.ArrayList<>(sheet.getMergedRegions())) {
            if (m.getFirstColumn() >= MEASURE) {
                throw new IllegalStateException("merged cells right of the inserted column");
            }
        }
        ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).shiftColumns(MEASURE, 40, 1);
        Row header = sheet.getRow(2);
        header.createCell(MEASURE, CellType.STRING).setCellValue("督办意见");
        shifted = 1;
        return this;
    }

    private int shifted;

    private static String text(Cell c) {
        return c == null ? "" : c.getStringCellValue();
    }

    public void saveAs(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** Saves the workbook as .xls (BIFF8) cell by cell: values, date formats, merges, hidden columns and sheets. */
    public void saveAsXls(Path file) throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            CellStyle dates = xls.createCellStyle();
            dates.setDataFormat(xls.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet from = wb.getSheetAt(s);
                Sheet to = xls.createSheet(from.getSheetName());
                for (Row r : from) {
                    Row nr = to.createRow(r.getRowNum());
                    for (Cell c : r) {
                        copy(c, nr.createCell(c.getColumnIndex()), dates);
                    }
                }
                for (CellRangeAddress m : from.getMergedRegions()) {
                    to.addMergedRegion(m);
                }
                for (int c = 0; c < 20; c++) {
                    to.setColumnHidden(c, from.isColumnHidden(c));
                }
                xls.setSheetVisibility(s, wb.getSheetVisibility(s));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                xls.write(out);
            }
        }
    }

    private static void copy(Cell from, Cell to, CellStyle dates) {
        CellType type = from.getCellType() == CellType.FORMULA ? from.getCachedFormulaResultType() : from.getCellType();
        switch (type) {
            case NUMERIC -> {
                to.setCellValue(from.getNumericCellValue());
                if (DateUtil.isCellDateFormatted(from)) {
                    to.setCellStyle(dates);
                }
            }
            case STRING -> to.setCellValue(from.getStringCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            default -> {
            }
        }
    }

    private Row rowOf(String measureUid) {
        for (Row r : sheet) {
            Cell c = r.getCell(MEASURE_UID + shifted);
            if (c != null && c.getCellType() == CellType.STRING && measureUid.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new IllegalArgumentException("no row of measure " + measureUid);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    /** For a caller that wants the POI workbook itself. */
    public Workbook workbook() {
        return wb;
    }
}
