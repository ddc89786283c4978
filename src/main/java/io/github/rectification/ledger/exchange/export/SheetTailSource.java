package io.github.rectification.ledger.exchange.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The entries of a workbook package as POI wrote them, where some worksheets get what only their
 * streamed rows know: a {@code <mergeCells>} element right after the empty {@code <sheetData/>}
 * and a {@code <rowBreaks>} element after the {@code <headerFooter>}. Both are asked of the sheet's
 * {@link Tail} only when the part after {@code <sheetData/>} is read, which the streaming writer
 * does once the rows are written; a sheet with tens of thousands of merged problem cells gets them
 * as plain text instead of as as many XML beans.
 */
final class SheetTailSource implements ZipEntrySource {
    private static final byte[] SHEET_DATA = ascii("<sheetData/>");
    private static final byte[] HEADER_FOOTER_END = ascii("</headerFooter>");

    /** What a worksheet's rows add after them, known once the rows are written. */
    interface Tail {
        /** The {@code <mergeCells>} element, or nothing. */
        byte[] mergeCells();

        /** The {@code <rowBreaks>} element, or nothing. */
        byte[] rowBreaks();
    }

    private final ZipEntrySource source;
    private final Map<String, Tail> tailsByEntry;

    /** {@code tailsByEntry}: the tail of each worksheet entry that has one. */
    SheetTailSource(ZipEntrySource source, Map<String, Tail> tailsByEntry) {
        this.source = source;
        this.tailsByEntry = tailsByEntry;
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
        Tail tail = tailsByEntry.get(entry.getName());
        if (tail == null) {
            return source.getInputStream(entry);
        }
        byte[] sheet;
        try (InputStream in = source.getInputStream(entry)) {
            sheet = in.readAllBytes();
        }
        int at = indexOf(sheet, SHEET_DATA, 0);
        if (at < 0) {
            throw new IOException(entry.getName() + ": no empty <sheetData/> to put the merged cells after");
        }
        int end = at + SHEET_DATA.length;
        int footer = indexOf(sheet, HEADER_FOOTER_END, end);
        if (footer < 0) {
            throw new IOException(entry.getName() + ": no <headerFooter> to put the page breaks after");
        }
        int afterFooter = footer + HEADER_FOOTER_END.length;
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int part;

            @Override
            public boolean hasMoreElements() {
                return part < 5;
            }

            @Override
            public InputStream nextElement() {
                // the tail's parts are asked for only here, when the reader has come past the rows
                return switch (part++) {
                    case 0 -> new ByteArrayInputStream(sheet, 0, end);
                    case 1 -> new ByteArrayInputStream(tail.mergeCells());
                    case 2 -> new ByteArrayInputStream(sheet, end, afterFooter - end);
                    case 3 -> new ByteArrayInputStream(tail.rowBreaks());
                    case 4 -> new ByteArrayInputStream(sheet, afterFooter, sheet.length - afterFooter);
                    default -> throw new NoSuchElementException();
                };
            }
        });
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= data.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
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
