package io.github.rectification.ledger.exchange.evidence;

import io.github.rectification.ledger.files.NewWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The index workbook of an evidence package (整改材料目录.xlsx): one row per file with its problem,
 * measure, size, SHA-256 and who added it when; a hidden column keeps the attachment's stable id,
 * by which a re-check finds it in the ledger.
 */
public final class PackageIndex {
    /** The index's file name at the root of the package. */
    public static final String NAME = "整改材料目录.xlsx";
    static final List<String> HEADER = List.of("序号", "巡察", "问题序号", "存在问题", "措施序号", "整改措施", "文件",
            "大小(字节)", "SHA-256", "添加人", "添加时间", "#evidence_uid");
    private static final int[] WIDTHS = {6, 18, 8, 30, 8, 36, 30, 12, 22, 10, 18, 10};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int PATH = 6;
    private static final int HASH = 8;
    private static final int UID = 11;

    private PackageIndex() {
    }

    /** One row of an index as read back: the file's path in the package, its hash and its attachment. */
    public record Line(int row, String path, String sha256, String evidenceUid) {
    }

    static void write(List<PackageEntry> entries, OutputStream out) throws IOException {
        try (NewWorkbook made = new NewWorkbook()) {
            XSSFWorkbook wb = made.workbook();
            Sheet sheet = wb.createSheet("整改材料目录");
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 11);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            Row h = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.setColumnHidden(UID, true);
            int r = 1;
            for (PackageEntry e : entries) {
                Row row = sheet.createRow(r);
                Object[] values = {r, e.inspection(), e.problemSeq(), e.problem(), e.measureSeq(), e.measure(), e.path(),
                        e.evidence().size(), e.evidence().sha256(), e.evidence().addedBy(),
                        TIME.format(e.evidence().addedAt().atZone(ZoneId.systemDefault())), e.evidence().uid()};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(values[c]));
                    }
                    cell.setCellStyle(text);
                }
                r++;
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 2));
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            wb.write(out);
        }
    }

    /** The lines of an index; rows without a path are passed over. */
    public static List<Line> read(InputStream in) throws IOException {
        List<Line> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String path = f.formatCellValue(row.getCell(PATH)).strip();
                if (!path.isEmpty()) {
                    out.add(new Line(r + 1, path, f.formatCellValue(row.getCell(HASH)).strip(),
                            f.formatCellValue(row.getCell(UID)).strip()));
                }
            }
        }
        return out;
    }
}
