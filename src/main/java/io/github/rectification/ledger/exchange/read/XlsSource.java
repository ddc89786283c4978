package io.github.rectification.ledger.exchange.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/** A workbook read through POI's user model: the old binary .xls format, whose files are small. */
final class XlsSource implements WorkbookSource {
    private final String fileName;
    private final Workbook workbook;
    private final List<SheetInfo> sheets = new ArrayList<>();

    XlsSource(String fileName, Workbook workbook) {
        this.fileName = fileName;
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetVisibility v = workbook.getSheetVisibility(i);
            sheets.add(new SheetInfo(workbook.getSheetName(i), i, switch (v) {
                case VISIBLE -> SheetInfo.Visibility.VISIBLE;
                case HIDDEN -> SheetInfo.Visibility.HIDDEN;
                case VERY_HIDDEN -> SheetInfo.Visibility.VERY_HIDDEN;
            }));
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo info, RowHandler handler) {
        Sheet sheet = workbook.getSheetAt(info.index());
        Object[] cells = new Object[32];
        for (Row row : sheet) {
            int width = 0;
            Arrays.fill(cells, null);
            for (Cell cell : row) {
                Object v = value(cell, cell.getCellType());
                int col = cell.getColumnIndex();
                if (v == null) {
                    continue;
                }
                if (col >= cells.length) {
                    cells = Arrays.copyOf(cells, col + 32);
                }
                cells[col] = v;
                width = Math.max(width, col + 1);
            }
            if (!handler.row(row.getRowNum() + 1, cells, width)) {
                return;
            }
        }
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                    LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield date;
                }
                yield d;
            }
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case ERROR -> null;
            default -> null;
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (java.io.IOException ignored) {
            // opened read-only; nothing to save
        }
    }
}
