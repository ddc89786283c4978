package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.handoff.Later;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Runs a tiny export's workbook through POI once, on a spare thread, while the ledger is being
 * opened: loading POI and its XML schemas is a good part of a command-line export's time, and done
 * this way it overlaps with the store's work instead of following it.
 */
final class WorkbookPreload {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WorkbookPreload() {
    }

    /** Starts the preload once per process; an export that comes before it is done simply waits less. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Later.start("export-preload", () -> {
                try (StreamingWorkbook wb = new StreamingWorkbook()) {
                    new ExportStyles(wb);
                    Sheet sheet = wb.createSheet("preload");
                    InspectionSheetWriter.layout(sheet);
                    wb.injectRows(sheet, new CellRangeAddress(0, 0, 0, 1), new StreamingWorkbook.SheetRows() {
                        @Override
                        public void write(OutputStream sheetData) {
                        }

                        @Override
                        public List<CellRangeAddress> merged() {
                            return List.of(new CellRangeAddress(0, 0, 0, 1));
                        }

                        @Override
                        public int[] rowBreaks() {
                            return new int[] {0};
                        }
                    });
                    wb.writeAvoidingTempFiles(OutputStream.nullOutputStream());
                }
                return Boolean.TRUE;
            }, LedgerExporter::cancelled);
        }
    }
}
