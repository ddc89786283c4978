package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.NodeCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Exports a ledger as an Excel workbook that looks like the office's own: one sheet per inspection,
 * the two registers, and the hidden stable ids that let the workbook come back by import.
 * Rows are streamed (SXSSF), so the size of the ledger hardly changes the memory needed.
 */
public final class LedgerExporter {
    private static final int PROGRESS_STEP = 1000;

    private final LedgerStore store;

    public LedgerExporter(LedgerStore store) {
        this.store = store;
    }

    /** Exports every inspection. */
    public ExportSummary export(Path file, ExportProgress progress) throws IOException {
        return export(file, store.inspections(), progress);
    }

    /** Exports one inspection (and the registers). */
    public ExportSummary export(Path file, long inspectionId, ExportProgress progress) throws IOException {
        Inspection i = store.inspection(inspectionId)
                .orElseThrow(() -> new IllegalArgumentException("台账中没有编号为 " + inspectionId + " 的巡察"));
        return export(file, List.of(i), progress);
    }

    /**
     * Writes the workbook to a temporary file next to {@code file} and moves it into place, so a
     * failed or cancelled export leaves no half-written file. Interrupting the thread cancels it.
     */
    private ExportSummary export(Path file, List<Inspection> inspections, ExportProgress progress) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            ExportSummary s;
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                s = write(out, target, inspections, progress);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return s;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private ExportSummary write(OutputStream out, Path target, List<Inspection> inspections, ExportProgress progress)
            throws IOException {
        Map<Long, NodeCounts> counts = store.inspectionCounts(LocalDate.now());
        long total = 0;
        for (Inspection i : inspections) {
            total += counts.getOrDefault(i.id(), NodeCounts.ZERO).measures();
        }
        Map<Long, String> inspectionUids = store.uids("inspection");
        Map<Long, String> problemUids = store.uids("problem");
        long all = total;
        long[] done = {0};
        progress.measuresWritten(0, all);
        InspectionSheetWriter.Counter counter = () -> {
            done[0]++;
            if (done[0] % PROGRESS_STEP == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("导出已取消");
                }
                progress.measuresWritten(done[0], all);
            }
        };

        StreamingWorkbook wb = new StreamingWorkbook();
        try {
            ExportStyles styles = new ExportStyles(wb);
            SheetNames names = new SheetNames();
            names.reserve(ACCOUNTABILITY_SHEET);
            names.reserve(INSTITUTION_SHEET);
            names.reserve(INFO_SHEET);
            List<String> sheetNames = new ArrayList<>();
            Map<Long, Problem> problemsById = new HashMap<>();
            int problems = 0;
            long measures = 0;
            int n = 1;
            for (Inspection i : inspections) {
                String name = names.unique(i.name(), "巡察" + n++);
                sheetNames.add(name);
                List<Problem> list = store.problemsInOrder(i.id());
                list.forEach(p -> problemsById.put(p.id(), p));
                problems += list.size();
                measures += new InspectionSheetWriter(wb.createSheet(name), styles, store, problemUids, counter)
                        .write(i, list);
            }
            var registers = store.accountability();
            var institutions = store.institutions();
            RegisterSheetsWriter rw = new RegisterSheetsWriter(styles,
                    id -> problemsById.computeIfAbsent(id, k -> store.problem(k).orElse(null)));
            rw.writeAccountability(wb.createSheet(ACCOUNTABILITY_SHEET), registers, store.uids("accountability"));
            rw.writeInstitutions(wb.createSheet(INSTITUTION_SHEET), institutions, store.uids("institution"));

            LedgerInfoSheetWriter info = new LedgerInfoSheetWriter(wb.createSheet(INFO_SHEET),
                    store.setting("ledger.uid").orElse(""));
            for (int k = 0; k < inspections.size(); k++) {
                Inspection i = inspections.get(k);
                info.inspection(sheetNames.get(k), inspectionUids.get(i.id()), i);
            }
            hideInfoSheet(wb);
            wb.write(out);
            progress.measuresWritten(measures, all);
            return new ExportSummary(target, inspections.size(), problems, measures, registers.size(),
                    institutions.size());
        } finally {
            wb.close();
        }
    }

    private static void hideInfoSheet(Workbook wb) {
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.setSheetVisibility(wb.getSheetIndex(INFO_SHEET), SheetVisibility.VERY_HIDDEN);
    }
}
