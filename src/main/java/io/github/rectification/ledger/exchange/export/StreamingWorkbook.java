package io.github.rectification.ledger.exchange.export;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook whose package is deflated at the fastest level: large ledgers are written in
 * about half the time for files a few percent larger.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    /** Rows kept in memory per sheet: enough to fix the heights of a problem's rows after the fact. */
    static final int WINDOW = 500;

    StreamingWorkbook() {
        super(WINDOW);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
