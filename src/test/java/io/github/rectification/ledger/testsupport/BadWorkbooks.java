package io.github.rectification.ledger.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Generates the files an import must refuse: each written into {@code dir}, named to fool a name-based reader. */
public final class BadWorkbooks {
    private BadWorkbooks() {
    }

    public static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    }

    /** The first half of a real workbook, as an interrupted download leaves it. */
    public static Path truncated(Path dir, Path good) throws IOException {
        byte[] all = Files.readAllBytes(good);
        byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
        return Files.write(dir.resolve("truncated.xlsx"), half);
    }

    public static Path csvRenamed(Path dir) throws IOException {
        return Files.writeString(dir.resolve("ledger-csv.xlsx"),
                "序号,存在问题,整改措施,责任部门\n1,问题一,措施一,办公室\n", StandardCharsets.UTF_8);
    }

    public static Path docxRenamed(Path dir) throws IOException {
        Path p = dir.resolve("notice-docx.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText("关于巡察整改进展情况的通报");
            doc.write(out);
        }
        return p;
    }

    /** An old binary Word file (OLE2 with a WordDocument stream) named .xlsx. */
    public static Path docRenamed(Path dir) throws IOException {
        Path p = dir.resolve("notice-doc.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(p)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        return p;
    }

    /** A real workbook holding a table that is not a ledger. */
    public static Path noLedger(Path dir) throws IOException {
        Path p = dir.resolve("staff.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            var s = wb.createSheet("人员");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("年龄");
            h.createCell(2).setCellValue("科室");
            for (int r = 1; r <= 5; r++) {
                var row = s.createRow(r);
                row.createCell(0).setCellValue("张" + r);
                row.createCell(1).setCellValue(30 + r);
                row.createCell(2).setCellValue("办公室");
            }
            wb.write(out);
        }
        return p;
    }

    /**
     * A workbook whose sheet part inflates from a few kilobytes to {@code megabytes} of white space:
     * far beyond the inflate ratio POI's zip safeguard accepts.
     */
    public static Path zipBomb(Path dir, Path good, int megabytes) throws IOException {
        Path p = dir.resolve("bomb.xlsx");
        try (ZipFile zf = new ZipFile(good.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(p))) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                zos.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    zos.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zos.write(spaces);
                    }
                    zos.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zf.getInputStream(e)) {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
        return p;
    }

    /** A copy of a workbook encrypted with a password (agile encryption, as Excel and WPS write it). */
    public static Path encrypted(Path dir, Path good, String password) throws Exception {
        Path p = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(good, os);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            Files.write(p, bytes.toByteArray());
        }
        return p;
    }
}
