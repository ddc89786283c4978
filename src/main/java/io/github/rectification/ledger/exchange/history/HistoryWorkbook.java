package io.github.rectification.ledger.exchange.history;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.HashMap;
import java.util.Map;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the change history of an inspection to an Excel workbook, one row per history entry. */
public final class HistoryWorkbook {
    static final List<String> HEADERS = List.of("时间", "操作人", "对象", "内容", "操作", "字段", "原值", "新值", "来源");
    private static final HistoryLabels LABELS = HistoryLabels.CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int[] WIDTHS = {20, 12, 10, 40, 10, 16, 36, 36, 24};

    private HistoryWorkbook() {
    }

    /** Writes the history of one inspection, its problems, measures and register records to {@code file}. */
    public static void exportInspection(LedgerStore store, long inspectionId, Path file) throws IOException {
        List<HistoryEntry> entries = store.history().historyOfInspection(inspectionId);
        Map<String, String> titles = new HashMap<>();
        for (HistoryEntry e : entries) {
            if (e.field() == null) {
                String t = e.newValue() != null ? e.newValue() : e.oldValue();
                if (t != null) {
                    titles.put(e.kind() + ":" + e.recordUid(), t);
                }
            }
        }
        String name = store.inspections().inspection(inspectionId).map(Inspection::name)
                .orElse(titles.getOrDefault(RecordKind.INSPECTION + ":" + entries.stream()
                        .filter(e -> e.kind() == RecordKind.INSPECTION)
                        .map(HistoryEntry::recordUid).findFirst().orElse(""), "修改记录"));
        write(name, entries, e -> titles.getOrDefault(e.kind() + ":" + e.recordUid(), ""), file, ZoneId.systemDefault());
    }

    /**
     * Writes {@code entries} (oldest first) to {@code file}; {@code titles} gives the current title of
     * a record by its uid (for records deleted since, the title kept in their history is used).
     */
    public static void write(String sheetName, List<HistoryEntry> entries, java.util.function.Function<HistoryEntry, String> titles,
            Path file, ZoneId zone) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(safeSheetName(sheetName));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (HistoryEntry e : entries) {
                Row row = sheet.createRow(r++);
                String[] cells = {
                    TIME.format(e.at().atZone(zone)), e.who(), HistoryLabels.kind(e.kind()), titles.apply(e),
                    LABELS.action(e.action()), LABELS.fields(e.field()),
                    LABELS.value(e.field(), e.oldValue()), LABELS.value(e.field(), e.newValue()),
                    LABELS.source(e.source())};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
                    if (i >= 6) {
                        row.getCell(i).setCellStyle(wrap);
                    }
                }
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    private static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "修改记录" : name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
