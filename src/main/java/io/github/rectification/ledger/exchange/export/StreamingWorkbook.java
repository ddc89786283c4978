package io.github.rectification.ledger.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook whose package is deflated at the fastest level (large ledgers are written in
 * about half the time for files a few percent larger), and whose large sheets can have their rows
 * written straight into the package when the workbook is written ({@link #injectRows}), without
 * passing through row objects and a temporary file, followed by the merged cells and page breaks
 * that only the written rows know.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    /** Rows kept in memory per sheet of row objects. */
    static final int WINDOW = 500;

    /**
     * Writes the content of a sheet's {@code <sheetData>} element, and then tells the merged cells
     * and the manual page breaks the rows need.
     */
    interface SheetRows {
        void write(OutputStream sheetData) throws IOException;

        /** The sheet's merged cells, asked once the rows are written. */
        List<CellRangeAddress> merged();

        /** The 0-based indexes of the rows after which a page ends, asked once the rows are written. */
        int[] rowBreaks();
    }

    private final Map<SXSSFSheet, SheetRows> injected = new HashMap<>();
    private final Map<String, CellRangeAddress> dimensions = new HashMap<>();
    private final Map<String, SheetTailSource.Tail> tails = new HashMap<>();

    StreamingWorkbook() {
        super(WINDOW);
    }

    /**
     * Lets {@code rows} write the whole {@code <sheetData>} content of {@code sheet} into the package
     * while the workbook is written; the sheet's own row objects, if any, are then ignored.
     * {@code dimension} is the range the rows will cover. The sheet's merged cells and row breaks
     * come from {@code rows} after its rows (then none may be added through POI).
     */
    void injectRows(Sheet sheet, CellRangeAddress dimension, SheetRows rows) {
        injected.put((SXSSFSheet) sheet, rows);
        dimensions.put(sheet.getSheetName(), dimension);
        String part = getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart().getPartName().getName();
        tails.put(part.substring(1), new SheetTailSource.Tail() {
            @Override
            public byte[] mergeCells() {
                return mergeCellsXml(rows.merged());
            }

            @Override
            public byte[] rowBreaks() {
                return rowBreaksXml(rows.rowBreaks());
            }
        });
    }

    private static byte[] mergeCellsXml(List<CellRangeAddress> merged) {
        if (merged.isEmpty()) {
            return new byte[0];
        }
        StringBuilder sb = new StringBuilder(merged.size() * 32);
        sb.append("<mergeCells count=\"").append(merged.size()).append("\">");
        for (CellRangeAddress r : merged) {
            sb.append("<mergeCell ref=\"").append(r.formatAsString()).append("\"/>");
        }
        sb.append("</mergeCells>");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Manual breaks below the given rows, across all columns, as POI's {@code setRowBreak} writes them. */
    private static byte[] rowBreaksXml(int[] lastRowsAbove) {
        if (lastRowsAbove.length == 0) {
            return new byte[0];
        }
        int maxColumn = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
        StringBuilder sb = new StringBuilder(lastRowsAbove.length * 40);
        sb.append("<rowBreaks count=\"").append(lastRowsAbove.length).append("\" manualBreakCount=\"")
                .append(lastRowsAbove.length).append("\">");
        for (int row : lastRowsAbove) {
            sb.append("<brk id=\"").append(row + 1).append("\" max=\"").append(maxColumn).append("\" man=\"1\"/>");
        }
        sb.append("</rowBreaks>");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        super.injectData(tails.isEmpty() ? source : new SheetTailSource(source, tails), out);
    }

    /** After the sheets of row objects are flushed, gives the injected sheets their dimensions. */
    @Override
    protected void flushSheets() throws IOException {
        super.flushSheets();
        dimensions.forEach((name, range) -> getXSSFWorkbook().getSheet(name).setDimensionOverride(range));
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        SheetRows rows = injected.get(sheet);
        return rows != null ? rows::write : super.createSheetInjector(sheet);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
