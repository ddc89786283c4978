package io.github.rectification.ledger.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheet XML as other writers than Excel produce it (WPS, SXSSF, other libraries): prefixed
 * element names, cells and rows without references, inline and rich strings, escaped control
 * characters, formulas with cached values, booleans, errors and date cells.
 */
class HandWrittenSheetXmlTest {
    @TempDir
    Path dir;

    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <x:sheetData>
            <x:row><x:c t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>存在</x:t></x:r><x:r><x:t>问题</x:t></x:r></x:is></x:c></x:row>
            <x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> 第一行_x000D_
            第二行 &amp; &lt;三&gt; </x:t></x:is></x:c><x:c t="str"><x:f>A2&amp;"号"</x:f><x:v>1号</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c s="1"><x:v>44742</x:v></x:c></x:row>
            <x:row r="5"><x:c r="C5" t="s"><x:v>0</x:v></x:c></x:row>
            </x:sheetData>
            </x:worksheet>
            """;

    @Test
    void readsWhatOtherWritersWrite() throws Exception {
        Path file = withSheet(SHEET, "wps.xlsx");
        List<Object[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            assertThat(src.sheets()).extracting(SheetInfo::name).containsExactly("WPS表格");
            src.read(src.sheets().get(0), (row, cells, width) -> {
                numbers.add(row);
                rows.add(Arrays.copyOf(cells, width));
                return true;
            });
        }
        assertThat(numbers).containsExactly(1, 2, 5);
        assertThat(rows.get(0)).containsExactly("序号", "存在问题");
        Object[] r2 = rows.get(1);
        assertThat(r2[0]).isEqualTo(1.0);
        assertThat(r2[1]).isEqualTo(" 第一行\r\n第二行 & <三> ");
        assertThat(r2[2]).isEqualTo("1号");
        assertThat(r2[3]).isEqualTo(true);
        assertThat(r2[4]).isEqualTo("#N/A");
        assertThat(r2[5]).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(rows.get(2)).containsExactly(null, null, "共享的文字");
    }

    @Test
    void refusesSheetXmlWithADocumentTypeDeclaration() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "不应读到的内容");
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [
                  <!ENTITY outside SYSTEM "%s">
                  <!ENTITY a "哈哈哈哈哈哈哈哈哈哈">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                ]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&outside;&b;</t></is></c></row>
                </sheetData></worksheet>
                """.formatted(secret.toUri());
        Path file = withSheet(sheet, "doctype.xlsx");
        List<Object> seen = new ArrayList<>();
        try (WorkbookSource src = WorkbookOpener.open(file, null)) {
            assertThatThrownBy(() -> src.read(src.sheets().get(0), (row, cells, width) -> {
                seen.addAll(Arrays.asList(cells).subList(0, width));
                return true;
            })).isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("doctype.xlsx")
                    .hasMessageContaining("WPS表格");
        }
        assertThat(seen).isEmpty();
    }

    /** A workbook made by POI whose first sheet part is replaced by {@code sheetXml}. */
    private Path withSheet(String sheetXml, String name) throws Exception {
        Path base = dir.resolve("base.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(base)) {
            wb.createSheet("WPS表格").createRow(0).createCell(0).setCellValue("共享的文字");
            var date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            wb.write(out);
        }
        Path file = dir.resolve(name);
        try (ZipFile zf = new ZipFile(base.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                zos.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zos.write(sheetXml.strip().getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zf.getInputStream(e)) {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
        return file;
    }
}
