package io.github.rectification.ledger.exchange.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The entries of a workbook package as POI wrote them, with a {@code <mergeCells>} element put in
 * right after the empty {@code <sheetData/>} of some worksheets: a sheet with tens of thousands of
 * merged problem cells gets them as plain text instead of as as many XML beans.
 */
final class MergedCellsSource implements ZipEntrySource {
    private static final byte[] SHEET_DATA = "<sheetData/>".getBytes(StandardCharsets.UTF_8);

    private final ZipEntrySource source;
    private final Map<String, byte[]> mergeCellsByEntry;

    /** {@code mergeCellsByEntry}: the {@code <mergeCells>} element of each worksheet entry that has one. */
    MergedCellsSource(ZipEntrySource source, Map<String, byte[]> mergeCellsByEntry) {
        this.source = source;
        this.mergeCellsByEntry = mergeCellsByEntry;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return source.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return source.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        byte[] mergeCells = mergeCellsByEntry.get(entry.getName());
        if (mergeCells == null) {
            return source.getInputStream(entry);
        }
        byte[] sheet;
        try (InputStream in = source.getInputStream(entry)) {
            sheet = in.readAllBytes();
        }
        int at = indexOf(sheet, SHEET_DATA);
        if (at < 0) {
            throw new IOException(entry.getName() + ": no empty <sheetData/> to put the merged cells after");
        }
        int end = at + SHEET_DATA.length;
        List<InputStream> parts = List.of(new ByteArrayInputStream(sheet, 0, end),
                new ByteArrayInputStream(mergeCells), new ByteArrayInputStream(sheet, end, sheet.length - end));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    @Override
    public boolean isClosed() {
        return source.isClosed();
    }
}
