package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.handoff.Later;
import io.github.rectification.ledger.store.Distributions;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.ReadTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Exports a ledger as an Excel workbook that looks like the office's own: one sheet per inspection,
 * the two registers, and the hidden stable ids that let the workbook come back by import.
 * What the workbook shows is first read from the store into an {@link ExportPlan}, in one read
 * transaction; the rows are then built from the plan and streamed into the package while it is
 * written, the store no longer asked, so the store may be used meanwhile.
 */
public final class LedgerExporter {
    private static final int PROGRESS_STEP = 1000;

    private final LedgerStore store;
    private final String department;
    private ExportPaper paper = ExportPaper.A4;

    public LedgerExporter(LedgerStore store) {
        this(store, null);
    }

    /**
     * An exporter whose workbooks go to {@code department} (null: to everyone): its measures are the
     * workbook's part, and a return that changes another measure leaves that change for the user.
     */
    public LedgerExporter(LedgerStore store, String department) {
        this.store = store;
        this.department = department == null || department.isBlank() ? null : department.strip();
    }

    /** Prints on this paper (A4 unless chosen). */
    public LedgerExporter paper(ExportPaper chosen) {
        this.paper = chosen == null ? ExportPaper.A4 : chosen;
        return this;
    }

    /**
     * Starts loading the workbook machinery in the background, for a caller that is about to open a
     * ledger and export it: the two then overlap.
     */
    public static void preload() {
        WorkbookPreload.start();
    }

    /** Exports every inspection. */
    public ExportSummary export(Path file, ExportProgress progress) throws IOException {
        return export(file, store.inspections().all(), progress);
    }

    /** Exports one inspection (and the registers). */
    public ExportSummary export(Path file, long inspectionId, ExportProgress progress) throws IOException {
        Inspection i = store.inspections().inspection(inspectionId)
                .orElseThrow(() -> new IllegalArgumentException(Messages.TEXTS.text("inspection.missing", String.valueOf(inspectionId))));
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
        String batch = store.readOnly() ? null : Distributions.newUid();
        Later<Laid> laying = null;
        try {
            ExportPlan plan;
            long lastChange;
            // one read transaction: the plan is the ledger at one moment, and the batch's base is taken after it
            try (ReadTransaction reading = store.unitOfWork().readTransaction()) {
                lastChange = batch == null ? 0 : store.distributions().lastChange();
                List<String> sheetNames = ExportPlan.sheetNames(store, inspections);
                // while the store is read, POI loads and lays out the workbook on a thread of its own
                laying = Later.start("export-workbook", () -> lay(sheetNames, paper), LedgerExporter::cancelled);
                plan = ExportPlan.read(store, inspections, sheetNames);
            }
            ExportSummary s;
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                s = write(out, target, plan, taken(laying), progress, batch);
            }
            String sha = batch == null ? null : FileDigest.sha256(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (batch != null) {
                store.distributions().record(batch, target.getFileName().toString(), sha, department,
                        inspections.stream().map(Inspection::id).toList(), lastChange);
            }
            return s;
        } finally {
            try {
                closeWorkbook(laying);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes the planned workbook into {@code out}; asks the store nothing. */
    private ExportSummary write(OutputStream out, Path target, ExportPlan plan, Laid laid, ExportProgress progress,
            String batch) throws IOException {
        long all = plan.measures();
        long[] done = {0};
        long[] reported = {0};
        InspectionSheetWriter.Counter counter = count -> {
            done[0] += count;
            if (done[0] - reported[0] >= PROGRESS_STEP) {
                reported[0] = done[0];
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(Messages.TEXTS.text("cancelled"));
                }
                progress.measuresWritten(done[0], all);
            }
        };
        StreamingWorkbook wb = laid.workbook();
        List<ExportPlan.Sheet> sheets = plan.sheets();
        List<InspectionSheetWriter> writers = new ArrayList<>();
        try {
            for (int k = 0; k < sheets.size(); k++) {
                writers.add(new InspectionSheetWriter(laid.sheets().get(k), laid.styles(), plan.problemUids(), counter,
                        sheets.get(k), plan.evidence()));
            }
            // the first sheet's rows are built on their own thread from now on, ready when the sheet is written
            if (!writers.isEmpty()) {
                writers.get(0).startBuilding();
            }
            for (InspectionSheetWriter w : writers) {
                w.prepare();
            }
            RegisterSheetsWriter rw = new RegisterSheetsWriter(laid.styles(), plan.problemsById()::get);
            rw.writeAccountability(wb.createSheet(ACCOUNTABILITY_SHEET), plan.accountability(),
                    plan.accountabilityUids());
            rw.writeInstitutions(wb.createSheet(INSTITUTION_SHEET), plan.institutions(), plan.institutionUids());

            LedgerInfoSheetWriter info = new LedgerInfoSheetWriter(wb.createSheet(INFO_SHEET), plan.ledgerUid(), batch,
                    department);
            for (ExportPlan.Sheet sheet : sheets) {
                Inspection i = sheet.inspection();
                info.inspection(sheet.name(), plan.inspectionUids().get(i.id()), i);
            }
            hideInfoSheet(wb);
            for (int k = 0; k < writers.size(); k++) {
                writers.get(k).fitWidths(sheets.get(k).values(), paper);
            }
            progress.measuresWritten(0, all);
            wb.writeAvoidingTempFiles(out);
            long measures = 0;
            for (InspectionSheetWriter w : writers) {
                measures += w.measures();
            }
            progress.measuresWritten(measures, all);
            return new ExportSummary(target, sheets.size(), plan.problems(), measures, plan.accountability().size(),
                    plan.institutions().size(), batch);
        } finally {
            writers.forEach(InspectionSheetWriter::close);
        }
    }

    /** Closes the laid-out workbook, if it was laid out at all (a failure to lay it out is thrown where it is wanted). */
    private static void closeWorkbook(Later<Laid> laying) throws IOException {
        if (laying == null) {
            return;
        }
        Laid laid;
        try {
            laid = laying.get();
        } catch (RuntimeException failed) {
            return;
        }
        laid.workbook().close();
    }

    /** The value worked out in the background; its checked failure comes as an IOException. */
    static <T> T taken(Later<T> later) throws IOException {
        try {
            return later.get();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }

    static CancellationException cancelled() {
        return new CancellationException(Messages.TEXTS.text("cancelled"));
    }

    /** A new workbook with its styles and one laid-out sheet per inspection. */
    private record Laid(StreamingWorkbook workbook, ExportStyles styles, List<Sheet> sheets) {
    }

    private static Laid lay(List<String> sheetNames, ExportPaper paper) {
        StreamingWorkbook wb = new StreamingWorkbook();
        ExportStyles styles = new ExportStyles(wb);
        List<Sheet> sheets = new ArrayList<>();
        for (String name : sheetNames) {
            Sheet sheet = wb.createSheet(name);
            InspectionSheetWriter.layout(sheet, paper);
            sheets.add(sheet);
        }
        return new Laid(wb, styles, sheets);
    }

    private static void hideInfoSheet(Workbook wb) {
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.setSheetVisibility(wb.getSheetIndex(INFO_SHEET), SheetVisibility.VERY_HIDDEN);
    }
}
