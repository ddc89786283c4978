package io.github.rectification.ledger.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Files a clerk may be mailed that try to hurt the reader: each written from the seed ledger's
 * workbook into a folder, with what an import must do with it.
 */
public final class HostileWorkbooks {
    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String SST = "xl/sharedStrings.xml";
    public static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELS = "xl/_rels/workbook.xml.rels";
    private static final String TYPES = "[Content_Types].xml";
    private static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>";

    /** What an import must do: import it, refuse it (exit 3), or either of the two. */
    public enum Expect { IMPORT, REJECT, EITHER }

    /** One hostile file. */
    public record Case(String name, Path file, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileWorkbooks() {
    }

    public static Path seed() {
        return Samples.dir().resolve("seed-ledger.xlsx");
    }

    public static List<Case> all(Path dir) throws IOException {
        ZipParts seed = ZipParts.read(seed());
        List<Case> cases = new ArrayList<>();
        for (String part : seed.names()) {
            if (part.endsWith(".xml") || part.endsWith(".rels")) {
                Expect e = part.equals(SHEET) || part.equals(SST) || part.equals(WORKBOOK)
                        || part.equals("xl/styles.xml") ? Expect.REJECT : Expect.EITHER;
                cases.add(zip(dir, "xxe " + part, withDoctype(seed, part, XXE), e));
            }
        }
        cases.add(zip(dir, "entity expansion", withDoctype(seed, SST, LAUGHS)
                .with(SST, withDoctype(seed, SST, LAUGHS).text(SST).replaceFirst("<t>", "<t>&g;")), Expect.REJECT));
        cases.add(zip(dir, "zip bomb", seed.with(SHEET, seed.text(SHEET).replaceFirst("<sheetData>",
                "<sheetData>" + " ".repeat(40 << 20))), Expect.REJECT));
        cases.add(zip(dir, "column beyond the grid", seed.with(SHEET, inRow(seed.text(SHEET), 6,
                "<c r=\"ZZZZZZ6\" t=\"s\"><v>0</v></c>")), Expect.REJECT));
        cases.add(zip(dir, "column letters overflowing", seed.with(SHEET, inRow(seed.text(SHEET), 6,
                "<c r=\"ZZZZZZZZZZZZZZZZZZZZ6\"><v>1</v></c>")), Expect.REJECT));
        cases.add(zip(dir, "row beyond the grid", seed.with(SHEET, seed.text(SHEET).replace("</sheetData>",
                "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row></sheetData>")), Expect.REJECT));
        cases.add(zip(dir, "cell longer than Excel allows", seed.with(SHEET, inRow(seed.text(SHEET), 6,
                "<c r=\"L6\" t=\"inlineStr\"><is><t>" + "长".repeat(40_000) + "</t></is></c>")), Expect.REJECT));
        cases.add(zip(dir, "shared string amplification", amplified(seed, 9_000), Expect.REJECT));
        cases.add(zip(dir, "sheet named ..\\..\\etc\\passwd", renamed(seed, "..\\..\\etc\\passwd"), Expect.IMPORT));
        cases.add(zip(dir, "untitled sheet named ..\\..\\etc\\passwd", untitled(renamed(seed, "..\\..\\etc\\passwd")),
                Expect.IMPORT));
        cases.add(zip(dir, "untitled sheet named it's", untitled(renamed(seed, "it's")), Expect.IMPORT));
        cases.add(zip(dir, "sheet named it's", renamed(seed, "it's"), Expect.IMPORT));
        cases.add(zip(dir, "sheet named a/b:c*?[]", renamed(seed, "a/b:c*?[]"), Expect.IMPORT));
        cases.add(zip(dir, "control characters as _xHHHH_", seed.with(SST,
                seed.text(SST).replaceFirst("<si><t>", "<si><t>_x0001__x000B__x001F_")), Expect.IMPORT));
        List<String> shuffled = seed.names();
        Collections.reverse(shuffled);
        cases.add(zip(dir, "shuffled zip entries", seed.ordered(shuffled), Expect.IMPORT));
        cases.add(zip(dir, "sheet part missing", without(seed, SHEET), Expect.REJECT));
        cases.add(zip(dir, "sheet XML cut short", seed.with(SHEET, seed.text(SHEET).substring(0,
                seed.text(SHEET).length() * 2 / 3)), Expect.REJECT));
        cases.add(zip(dir, "shared strings named at a part that is not there", seed.with(RELS, seed.text(RELS)
                .replace("Target=\"sharedStrings.xml\"", "Target=\"sharedStrings.enx\"")), Expect.REJECT));
        cases.add(zip(dir, "hidden sheet XML cut short", withHiddenSheet(seed, "备用", seed.text(SHEET).substring(0,
                seed.text(SHEET).length() / 2)), Expect.REJECT));
        Path cut = dir.resolve("cut.xlsx");
        byte[] whole = seed.bytes();
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 200));
        cases.add(new Case("container cut short", cut, Expect.REJECT));
        cases.add(new Case("xls with a broken cell style", brokenXls(dir.resolve("broken-style.xls")), Expect.REJECT));
        cases.add(new Case("POI's 49761.xls (numbers that are not finite)", poi(dir, "49761.xls"), Expect.EITHER));
        cases.add(new Case("POI's clusterfuzz HSSF 4657005060816896", poi(dir,
                "clusterfuzz-testcase-minimized-POIHSSFFuzzer-4657005060816896.xls"), Expect.REJECT));
        cases.add(zip(dir, "number cells NaN and 1e999", seed.with(SHEET, inRow(seed.text(SHEET), 6,
                "<c r=\"L6\"><v>NaN</v></c><c r=\"M6\"><v>1e999</v></c>")), Expect.IMPORT));
        cases.add(new Case("boilerplate progress text 40:1", boilerplate(dir.resolve("boilerplate.xlsx"), 3_000),
                Expect.IMPORT));
        return cases;
    }

    /** A file of Apache POI's test data, copied from the test resources. */
    private static Path poi(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (var in = HostileWorkbooks.class.getResourceAsStream("/poi/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /poi/" + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    private static Case zip(Path dir, String name, ZipParts parts, Expect expect) throws IOException {
        String file = name.replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx";
        return new Case(name, parts.write(dir.resolve(file)), expect);
    }

    private static ZipParts withDoctype(ZipParts seed, String part, String doctype) {
        String xml = seed.text(part);
        int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return seed.with(part, xml.substring(0, decl) + doctype + xml.substring(decl));
    }

    private static String inRow(String sheet, int row, String cell) {
        int start = sheet.indexOf("<row r=\"" + row + "\"");
        int end = sheet.indexOf("</row>", start);
        return sheet.substring(0, end) + cell + sheet.substring(end);
    }

    /**
     * The seed with a second, hidden sheet {@code name} of the given XML: an import never reads a
     * hidden sheet, only the check of the whole workbook does.
     */
    public static ZipParts withHiddenSheet(ZipParts seed, String name, String xml) {
        return withSheet(seed, name, xml, " state=\"hidden\"");
    }

    /** The seed with a second, visible sheet {@code name} that repeats its first. */
    public static ZipParts withVisibleCopy(ZipParts seed, String name) {
        return withSheet(seed, name, seed.text(SHEET), "");
    }

    private static ZipParts withSheet(ZipParts seed, String name, String xml, String state) {
        String part = "xl/worksheets/hidden.xml";
        return seed.with(part, xml)
                .with(WORKBOOK, seed.text(WORKBOOK).replace("</sheets>",
                        "<sheet name=\"" + name + "\" r:id=\"rIdHidden\" sheetId=\"99\"" + state + "/></sheets>"))
                .with(RELS, seed.text(RELS).replace("</Relationships>", "<Relationship Id=\"rIdHidden\""
                        + " Target=\"worksheets/hidden.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/worksheet\"/></Relationships>"))
                .with(TYPES, seed.text(TYPES).replace("</Types>", "<Override ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" PartName=\"/" + part
                        + "\"/></Types>"));
    }

    private static ZipParts renamed(ZipParts seed, String name) {
        String xmlName = name.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
        return seed.with(WORKBOOK, seed.text(WORKBOOK).replace("name=\"整改台账\"", "name=\"" + xmlName + "\"")
                .replace("整改台账!$3:$3", "'" + xmlName.replace("&apos;", "''") + "'!$3:$3"));
    }

    /** Without the title row: the inspection is named after the sheet. */
    private static ZipParts untitled(ZipParts parts) {
        String sheet = parts.text(SHEET);
        int a = sheet.indexOf("<row r=\"1\"");
        int b = sheet.indexOf("</row>", a) + "</row>".length();
        return parts.with(SHEET, sheet.substring(0, a) + sheet.substring(b));
    }

    private static ZipParts without(ZipParts seed, String part) throws IOException {
        List<String> names = seed.names();
        names.remove(part);
        ZipParts out = ZipParts.read(seed.bytes());
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bos)) {
            for (String n : names) {
                z.putNextEntry(new java.util.zip.ZipEntry(n));
                z.write(out.text(n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return ZipParts.read(bos.toByteArray());
    }

    /** One shared string of Excel's longest length, used by {@code rows} cells: about 295 million characters. */
    public static ZipParts amplified(ZipParts seed, int rows) {
        String sst = seed.text(SST);
        int index = sst.split("<si>", -1).length - 1;
        sst = sst.replace("</sst>", "<si><t>" + "进".repeat(32_767) + "</t></si></sst>");
        StringBuilder extra = new StringBuilder();
        for (int r = 100; r < 100 + rows; r++) {
            extra.append("<row r=\"").append(r).append("\"><c r=\"D").append(r).append("\" t=\"s\"><v>")
                    .append(index).append("</v></c></row>");
        }
        return seed.with(SST, sst).with(SHEET, seed.text(SHEET).replace("</sheetData>", extra + "</sheetData>"));
    }

    /** A real .xls whose one number cell points at a cell style (XF record) that is not there. */
    public static Path brokenXls(Path file) throws IOException {
        double marker = 12345.678;
        byte[] bytes;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("整改台账");
            s.createRow(0).createCell(0).setCellValue("整改措施");
            s.createRow(1).createCell(0).setCellValue(marker);
            java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
            wb.write(bos);
            bytes = bos.toByteArray();
        }
        byte[] value = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(marker).array();
        int at = indexOf(bytes, value);
        if (at < 2) {
            throw new IllegalStateException("number record not found");
        }
        bytes[at - 2] = (byte) 0xF0;
        bytes[at - 1] = (byte) 0x7F;
        return Files.write(file, bytes);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A legal ledger whose {@code rows} measures repeat one boilerplate progress text as inline strings. */
    public static Path boilerplate(Path file, int rows) throws IOException {
        String progress = "已按照巡察整改要求,召开专题会议研究部署,制定整改方案,明确责任领导、责任部门和完成时限,"
                + "逐项抓好落实,相关制度已修订完善并印发执行,整改工作取得阶段性成效,下一步将持续跟踪问效、巩固整改成果。"
                + "同时举一反三,对照问题清单开展自查自纠,建立长效机制,确保问题不反弹、不回潮,以整改实效推动各项工作高质量发展。";
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("整改台账");
            String[] header = {"序号", "存在问题", "整改措施", "责任部门", "整改时限", "整改进展情况", "完成情况"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("问题" + (r + 9) / 10);
                row.createCell(2).setCellValue("整改措施第" + r + "条");
                row.createCell(3).setCellValue("办公室");
                row.createCell(4).setCellValue("长期坚持");
                row.createCell(5).setCellValue(progress + progress);
                row.createCell(6).setCellValue("已完成");
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }
}
