package io.github.rectification.ledger.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A distributed workbook as a department fills it in: cells of the unlocked columns found by their
 * header and the measure's hidden id, and a new measure in the first spare row below the data.
 */
public final class DistributedWorkbook implements AutoCloseable {
    private static final int HEADER_ROW = 2;
    private final XSSFWorkbook wb;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();

    private DistributedWorkbook(XSSFWorkbook wb) {
        this.wb = wb;
        this.sheet = wb.getSheetAt(1);
        for (Cell c : sheet.getRow(HEADER_ROW)) {
            columns.put(new DataFormatter().formatCellValue(c), c.getColumnIndex());
        }
    }

    public static DistributedWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new DistributedWorkbook(new XSSFWorkbook(in));
        }
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The column index of a header. */
    public int column(String header) {
        Integer c = columns.get(header);
        if (c == null) {
            throw new IllegalArgumentException("no column " + header + " in " + columns.keySet());
        }
        return c;
    }

    /** The row of a measure, by its hidden stable id. */
    public Row rowOf(String measureUid) {
        int uid = column("#measure_uid");
        for (Row r : sheet) {
            Cell c = r.getCell(uid);
            if (c != null && c.getCellType() == CellType.STRING && measureUid.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new IllegalArgumentException("no measure " + measureUid);
    }

    /** Types {@code value} into the measure's cell under {@code header}, keeping the cell's style. */
    public DistributedWorkbook set(String measureUid, String header, String value) {
        Row row = rowOf(measureUid);
        Cell c = row.getCell(column(header));
        if (c == null) {
            c = row.createCell(column(header));
        }
        c.setCellValue(value);
        return this;
    }

    /** Adds a measure in the first empty row below the data, under the last problem. */
    public DistributedWorkbook addMeasure(String text, String department, String progress, String status) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(column("整改措施")).setCellValue(text);
        row.createCell(column("责任部门")).setCellValue(department);
        row.createCell(column("整改进展情况")).setCellValue(progress);
        row.createCell(column("完成情况")).setCellValue(status);
        return this;
    }

    public void saveAs(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
