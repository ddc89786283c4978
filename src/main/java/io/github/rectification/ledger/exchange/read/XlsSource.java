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
    public void check() throws ImportRejectedException {
        for (SheetInfo s : sheets) {
            read(s, (row, cells, width) -> true);
        }
    }

    /** Any exception of POI's while a cell is read refuses the file, naming the sheet and the cell. */
    @Override
    public void read(SheetInfo info, RowHandler handler) throws ImportRejectedException {
        String at = null;
        boolean inHandler = false;
        try {
            Sheet sheet = workbook.getSheetAt(info.index());
            Object[] cells = new Object[32];
            for (Row row : sheet) {
                at = null;
                int width = 0;
                Arrays.fill(cells, null);
                for (Cell cell : row) {
                    at = CellRefs.column(cell.getColumnIndex()) + (row.getRowNum() + 1);
                    Object v = value(cell, cell.getCellType());
                    if (v instanceof String s && s.length() > ReadLimits.MAX_CELL_CHARS) {
                        throw new ImportRejectedException(Messages.TEXTS.text("refused.limit",
                                fileName + Messages.TEXTS.text("where.cell", info.name(), at),
                                Messages.TEXTS.text("limit.xlsCell", String.valueOf(ReadLimits.MAX_CELL_CHARS))));
                    }
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
                at = null;
                inHandler = true;
                if (!handler.row(row.getRowNum() + 1, cells, width)) {
                    return;
                }
                inHandler = false;
            }
        } catch (RuntimeException e) {
            if (inHandler) {
                throw e;
            }
            throw Problems.unreadable(fileName, info.name(), at, e);
        }
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (!Double.isFinite(d)) {
                    yield null; // no number Excel can hold; Excel itself shows #NUM!
                }
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
