package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the accountability (问责情况) and institution (建章立制) registers, each with its hidden uids. */
final class RegisterSheetsWriter {
    private final ExportStyles styles;
    private final Function<Long, Problem> problems;

    RegisterSheetsWriter(ExportStyles styles, Function<Long, Problem> problems) {
        this.styles = styles;
        this.problems = problems;
    }

    void writeAccountability(Sheet sheet, List<AccountabilityRecord> records, Map<Long, String> uids) {
        header(sheet, ACCOUNTABILITY_COLUMNS, new int[] {6, 12, 20, 14, 50, 16});
        int r = 1;
        for (AccountabilityRecord a : records) {
            Row row = sheet.createRow(r);
            text(row, 0, Integer.toString(r));
            text(row, 1, a.person());
            text(row, 2, a.position());
            text(row, 3, a.kind());
            text(row, 4, problemTitle(a.problemId()));
            date(row, 5, a.date());
            hidden(row, 6, uids.getOrDefault(a.id(), ""));
            r++;
        }
    }

    void writeInstitutions(Sheet sheet, List<InstitutionRecord> records, Map<Long, String> uids) {
        header(sheet, INSTITUTION_COLUMNS, new int[] {6, 40, 20, 12, 16, 40});
        int r = 1;
        for (InstitutionRecord i : records) {
            Row row = sheet.createRow(r);
            text(row, 0, Integer.toString(r));
            text(row, 1, i.title());
            text(row, 2, i.docNo());
            text(row, 3, i.kind() == null ? "" : i.kind().word());
            date(row, 4, i.issuedOn());
            text(row, 5, problemTitle(i.problemId()));
            hidden(row, 6, uids.getOrDefault(i.id(), ""));
            r++;
        }
    }

    private String problemTitle(Long problemId) {
        if (problemId == null) {
            return "";
        }
        Problem p = problems.apply(problemId);
        return p == null ? "" : p.title();
    }

    private void header(Sheet sheet, List<String> columns, int[] widths) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(columns.get(c));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Cell uid = row.createCell(columns.size());
        uid.setCellStyle(styles.plain);
        uid.setCellValue(REGISTER_UID);
        sheet.setColumnWidth(columns.size(), 38 * 256);
        sheet.setColumnHidden(columns.size(), true);
        sheet.createFreezePane(0, 1);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        PrintNames.repeatRows(sheet, 0, 0);
        PrintNames.printColumns(sheet, 0, columns.size() - 1);
        sheet.getFooter().setCenter(FOOTER);
    }

    /** The stable id in the hidden column, in a style that keeps it from being drawn. */
    private void hidden(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.plain);
        cell.setCellValue(value);
    }

    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(column == 0 ? styles.centered : styles.text);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
