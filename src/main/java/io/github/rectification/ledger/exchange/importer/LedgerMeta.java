package io.github.rectification.ledger.exchange.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The very hidden {@code _ledger} sheet of an exported workbook: the format, the ledger it came
 * from, each sheet's inspection uid and the inspection fields the visible sheet cannot hold.
 */
final class LedgerMeta {
    static final String SHEET = "_ledger";
    static final String FORMAT = "rectification-ledger/1";

    private final Map<String, String> values = new LinkedHashMap<>();

    void put(String key, String value) {
        values.put(key, value);
    }

    boolean present() {
        return !values.isEmpty();
    }

    String ledgerUid() {
        return values.get("ledger_uid");
    }

    /** The batch (export) the workbook was sent as, or null for a workbook exported before batches. */
    String batchUid() {
        String v = values.get("batch_uid");
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The department the workbook was sent to, or null. */
    String department() {
        String v = values.get("department");
        return v == null || v.isBlank() ? null : v.strip();
    }

    String format() {
        return values.get("format");
    }

    /** The inspection uid of a sheet, or null. */
    String inspectionUidOf(String sheet) {
        String v = values.get("sheet:" + sheet);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Inspection uids by sheet name. */
    Map<String, String> sheetUids() {
        Map<String, String> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("sheet:") && v != null && !v.isBlank()) {
                out.put(k.substring("sheet:".length()), v.strip());
            }
        });
        return out;
    }

    /** An inspection field ({@code inspected_unit}, {@code inspection_group}, …) as stored, or null when absent. */
    String inspectionField(String uid, String field) {
        return values.get("inspection:" + uid + ":" + field);
    }

    boolean hasInspectionField(String uid, String field) {
        return values.containsKey("inspection:" + uid + ":" + field);
    }

    LocalDate inspectionDate(String uid, String field) {
        String v = inspectionField(uid, field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
