package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link SyntheticLedger} as an office's ledger workbook would look when it arrives by
 * email: title, 填报单位/填报日期 line, a 12-column header (the usual eleven plus 佐证材料), the problem
 * cells merged over their measures, dates as date cells, and no stable ids. Its texts are kept
 * either as Excel and WPS keep them, in the shared string table ({@link Strings#SHARED}), or inline
 * in each cell as streaming writers do ({@link Strings#INLINE}).
 */
public final class SyntheticWorkbook {
    static final List<String> HEADER = List.of("序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门", "责任人",
            "整改时限", "整改进展情况", "完成情况", "备注", "佐证材料");

    private SyntheticWorkbook() {
    }

    /** Where a workbook keeps its texts. */
    public enum Strings {
        /** In the shared string table, as Excel and WPS write them. */
        SHARED,
        /** In each cell, as streaming writers (POI's SXSSF) write them. */
        INLINE
    }

    public static void write(SyntheticLedger ledger, Path file) throws Exception {
        write(ledger, file, Strings.INLINE);
    }

    /** Writes a ledger of one inspection (its title and 填报单位 line head the sheet). */
    public static void write(SyntheticLedger ledger, Path file, Strings strings) throws Exception {
        if (ledger.inspections() != 1) {
            throw new IllegalArgumentException("a bench workbook holds one inspection, not " + ledger.inspections());
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, strings == Strings.SHARED);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setBorderBottom(BorderStyle.THIN);
            wrap.setBorderTop(BorderStyle.THIN);
            wrap.setBorderLeft(BorderStyle.THIN);
            wrap.setBorderRight(BorderStyle.THIN);
            CellStyle date = wb.createCellStyle();
            date.cloneStyleFrom(wrap);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Sheet sheet = wb.createSheet("整改台账");
            sheet.createRow(0).createCell(0).setCellValue(ledger.inspection().name());
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            sheet.createRow(1).createCell(0).setCellValue("填报单位:" + ledger.inspection().inspectedUnit()
                    + "          填报日期:2024年6月30日");
            sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, 0, HEADER.size() - 1));
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            int[] next = {3};
            ledger.forEach(e -> writeProblem(sheet, e, next, wrap, date));
            int[] widths = {6, 12, 30, 48, 10, 12, 10, 14, 36, 10, 10, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 3);
            wb.write(out);
        }
    }

    private static void writeProblem(Sheet sheet, SyntheticLedger.Entry e, int[] next, CellStyle wrap, CellStyle date)
            throws IOException {
        Problem p = e.problem();
        int first = next[0];
        for (int k = 0; k < e.measures().size(); k++) {
            Measure m = e.measures().get(k);
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < HEADER.size(); c++) {
                row.createCell(c).setCellStyle(wrap);
            }
            if (k == 0) {
                row.getCell(0).setCellValue(Integer.parseInt(p.seq()));
                row.getCell(1).setCellValue(p.category());
                row.getCell(2).setCellValue(p.title());
            }
            row.getCell(3).setCellValue(m.text());
            row.getCell(4).setCellValue(m.leader());
            row.getCell(5).setCellValue(m.department());
            row.getCell(6).setCellValue(m.person());
            if (m.deadline().text() == null && m.deadline().hasDate()) {
                row.getCell(7).setCellValue(m.deadline().date());
                row.getCell(7).setCellStyle(date);
            } else {
                row.getCell(7).setCellValue(m.deadline().display());
            }
            row.getCell(8).setCellValue(m.progress());
            row.getCell(9).setCellValue(m.status().word());
            row.getCell(11).setCellValue(e.evidence().get(k));
        }
        int last = next[0] - 1;
        if (last > first) {
            for (int c = 0; c < 3; c++) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(first, last, c, c));
            }
        }
    }
}
