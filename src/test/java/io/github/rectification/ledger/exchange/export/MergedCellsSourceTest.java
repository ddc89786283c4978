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

class MergedCellsSourceTest {
    static final byte[] MERGES = "<mergeCells count=\"1\"><mergeCell ref=\"A1:M1\"/></mergeCells>"
            .getBytes(StandardCharsets.US_ASCII);

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
    void putsTheMergedCellsRightAfterTheEmptySheetDataOfTheirSheetOnly() throws Exception {
        try (ZipEntrySource s = new MergedCellsSource(zip("xl/worksheets/sheet1.xml",
                "<worksheet><cols/><sheetData/><dataValidations/></worksheet>", "xl/worksheets/sheet2.xml",
                "<worksheet><sheetData/></worksheet>"), Map.of("xl/worksheets/sheet1.xml", MERGES))) {
            assertThat(read(s, "xl/worksheets/sheet1.xml")).isEqualTo("<worksheet><cols/><sheetData/>"
                    + "<mergeCells count=\"1\"><mergeCell ref=\"A1:M1\"/></mergeCells><dataValidations/></worksheet>");
            assertThat(read(s, "xl/worksheets/sheet2.xml")).isEqualTo("<worksheet><sheetData/></worksheet>");
        }
    }

    @Test
    void aSheetWithoutAnEmptySheetDataIsAnError() throws Exception {
        try (ZipEntrySource s = new MergedCellsSource(zip("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>"),
                Map.of("xl/worksheets/sheet1.xml", MERGES))) {
            assertThatThrownBy(() -> read(s, "xl/worksheets/sheet1.xml")).isInstanceOf(IOException.class)
                    .hasMessageContaining("sheet1.xml");
        }
    }
}
