package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.Inspection;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the very hidden {@code _ledger} sheet: key | value pairs that identify the ledger and its sheets. */
final class LedgerInfoSheetWriter {
    private final Sheet sheet;
    private int next;

    LedgerInfoSheetWriter(Sheet sheet, String ledgerUid, String batchUid, String department) {
        this.sheet = sheet;
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        put("key", "value");
        put(KEY_FORMAT, FORMAT);
        put(KEY_LEDGER_UID, ledgerUid == null ? "" : ledgerUid);
        if (batchUid != null) {
            put(KEY_BATCH, batchUid);
        }
        if (department != null) {
            put(KEY_DEPARTMENT, department);
        }
    }

    /** Records which inspection a sheet holds, and the inspection's fields the sheet does not show. */
    void inspection(String sheetName, String inspectionUid, Inspection i) {
        put(SHEET_KEY_PREFIX + sheetName, inspectionUid);
        String prefix = INSPECTION_KEY_PREFIX + inspectionUid + ":";
        put(prefix + "name", i.name());
        put(prefix + "inspected_unit", i.inspectedUnit());
        put(prefix + "inspection_group", i.inspectionGroup());
        put(prefix + "feedback_date", iso(i.feedbackDate()));
        put(prefix + "start_date", iso(i.startDate()));
        put(prefix + "end_date", iso(i.endDate()));
        put(prefix + "report_date", iso(i.reportDate()));
        put(prefix + "round_kind", i.roundKind());
        put(prefix + "issuing_body", i.issuingBody());
    }

    private void put(String key, String value) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value == null ? "" : value);
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
