package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.junit.jupiter.api.Test;

class SheetTailSourceTest {
    static final byte[] MERGES = "<mergeCells count=\"1\"><mergeCell ref=\"A1:M1\"/></mergeCells>"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] BREAKS = "<rowBreaks count=\"1\"><brk id=\"9\"/></rowBreaks>".getBytes(StandardCharsets.US_ASCII);

    /** A tail that may be asked for only once {@code written} is set, as the rows are written first. */
    static final class Tail implements SheetTailSource.Tail {
        boolean written;

        @Override
        public byte[] mergeCells() {
            assertThat(written).as("merged cells asked for after the rows").isTrue();
            return MERGES;
        }

        @Override
        public byte[] rowBreaks() {
            assertThat(written).as("row breaks asked for after the rows").isTrue();
            return BREAKS;
        }
    }

    private static ZipEntrySource zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return new ZipInputStreamZipEntrySource(new ZipArchiveThresholdInputStream(
                new ZipArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    private static String read(ZipEntrySource s, String name) throws IOException {
        try (InputStream in = s.getInputStream(s.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void putsTheMergedCellsAfterTheEmptySheetDataAndTheBreaksAfterTheFooterOfTheirSheetOnly() throws Exception {
        Tail tail = new Tail();
        try (ZipEntrySource s = new SheetTailSource(zip("xl/worksheets/sheet1.xml",
                "<worksheet><cols/><sheetData/><dataValidations/><headerFooter><oddFooter>f</oddFooter></headerFooter>"
                        + "<drawing/></worksheet>",
                "xl/worksheets/sheet2.xml", "<worksheet><sheetData/></worksheet>"),
                Map.of("xl/worksheets/sheet1.xml", tail))) {
            tail.written = true;
            assertThat(read(s, "xl/worksheets/sheet1.xml")).isEqualTo("<worksheet><cols/><sheetData/>"
                    + "<mergeCells count=\"1\"><mergeCell ref=\"A1:M1\"/></mergeCells><dataValidations/>"
                    + "<headerFooter><oddFooter>f</oddFooter></headerFooter>"
                    + "<rowBreaks count=\"1\"><brk id=\"9\"/></rowBreaks><drawing/></worksheet>");
            assertThat(read(s, "xl/worksheets/sheet2.xml")).isEqualTo("<worksheet><sheetData/></worksheet>");
        }
    }

    @Test
    void theTailIsAskedForOnlyWhenThePartAfterTheRowsIsRead() throws Exception {
        Tail tail = new Tail();
        try (ZipEntrySource s = new SheetTailSource(zip("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData/><headerFooter/></worksheet>".replace("<headerFooter/>",
                        "<headerFooter></headerFooter>")), Map.of("xl/worksheets/sheet1.xml", tail));
                InputStream in = s.getInputStream(s.getEntry("xl/worksheets/sheet1.xml"))) {
            byte[] head = in.readNBytes("<worksheet><sheetData/>".length());
            assertThat(new String(head, StandardCharsets.UTF_8)).isEqualTo("<worksheet><sheetData/>");
            tail.written = true;
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("<mergeCells");
        }
    }

    @Test
    void aSheetWithoutAnEmptySheetDataOrAFooterIsAnError() throws Exception {
        try (ZipEntrySource s = new SheetTailSource(zip("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>", "xl/worksheets/sheet2.xml",
                "<worksheet><sheetData/></worksheet>"),
                Map.of("xl/worksheets/sheet1.xml", new Tail(), "xl/worksheets/sheet2.xml", new Tail()))) {
            assertThatThrownBy(() -> read(s, "xl/worksheets/sheet1.xml")).isInstanceOf(IOException.class)
                    .hasMessageContaining("sheet1.xml");
            assertThatThrownBy(() -> read(s, "xl/worksheets/sheet2.xml")).isInstanceOf(IOException.class)
                    .hasMessageContaining("headerFooter");
        }
    }
}
