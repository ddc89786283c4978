package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.handoff.Later;
import io.github.rectification.ledger.store.Distributions;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.MeasureValues;
import io.github.rectification.ledger.store.ReadTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Exports a ledger as an Excel workbook that looks like the office's own: one sheet per inspection,
 * the two registers, and the hidden stable ids that let the workbook come back by import.
 * Measures are streamed from the store into the package while it is written, so the size of the
 * ledger hardly changes the memory needed.
 */
public final class LedgerExporter {
    /** The names of the files attached to each measure, by the measure's stable id, joined by 、. */
    private Map<String, String> evidenceNames() {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        for (io.github.rectification.ledger.domain.Evidence e : store.evidence().all()) {
            if (e.owner().kind() == io.github.rectification.ledger.domain.EvidenceOwner.Kind.MEASURE) {
                names.computeIfAbsent(e.owner().uid(), k -> new ArrayList<>()).add(e.name());
            }
        }
        Map<String, String> out = new HashMap<>();
        names.forEach((uid, list) -> out.put(uid, io.github.rectification.ledger.domain.NameLists.join(list)));
        return out;
    }

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
        return export(file, store.inspections(), progress);
    }

    /** Exports one inspection (and the registers). */
    public ExportSummary export(Path file, long inspectionId, ExportProgress progress) throws IOException {
        Inspection i = store.inspection(inspectionId)
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
        try {
            ExportSummary s;
            long lastChange;
            // one read transaction: the measures counted first are the measures streamed later
            try (ReadTransaction reading = store.readTransaction();
                    OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                lastChange = batch == null ? 0 : store.distributions().lastChange();
                s = write(out, target, inspections, progress, batch);
            }
            String sha = batch == null ? null : FileDigest.sha256(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (batch != null) {
                store.distributions().record(batch, target.getFileName().toString(), sha, department,
                        inspections.stream().map(Inspection::id).toList(), lastChange);
            }
            return s;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private ExportSummary write(OutputStream out, Path target, List<Inspection> inspections, ExportProgress progress,
            String batch) throws IOException {
        Map<Long, String> inspectionUids = store.uids("inspection");
        Map<Long, String> problemUids = store.uids("problem");
        long[] done = {0};
        long[] all = {0};
        long[] reported = {0};
        InspectionSheetWriter.Counter counter = count -> {
            done[0] += count;
            if (done[0] - reported[0] >= PROGRESS_STEP) {
                reported[0] = done[0];
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(Messages.TEXTS.text("cancelled"));
                }
                progress.measuresWritten(done[0], all[0]);
            }
        };

        SheetNames names = new SheetNames();
        names.reserve(ACCOUNTABILITY_SHEET);
        names.reserve(INSTITUTION_SHEET);
        names.reserve(INFO_SHEET);
        List<String> sheetNames = new ArrayList<>();
        // an inspection read from a workbook keeps its sheet's name; the others are named by their title
        Map<Long, String> sourceSheets = store.sourceSheets();
        int n = 1;
        for (Inspection i : inspections) {
            sheetNames.add(names.unique(sourceSheets.getOrDefault(i.id(), i.name()), "巡察" + n++));
        }
        // while the store is read: POI loads and lays out the workbook on one thread, and the
        // distinct values that size the columns are read through a second connection on another
        Later<Laid> laying = Later.start("export-workbook", () -> lay(sheetNames, paper), LedgerExporter::cancelled);
        Later<List<MeasureValues>> gathering = Later.start("export-values", () -> values(inspections),
                LedgerExporter::cancelled);
        List<InspectionSheetWriter> writers = new ArrayList<>();
        Laid laid = null;
        try {
            List<List<Problem>> problemLists = new ArrayList<>();
            List<Map<Long, Integer>> countLists = new ArrayList<>();
            Map<Long, Problem> problemsById = new HashMap<>();
            int problems = 0;
            for (Inspection i : inspections) {
                List<Problem> list = store.problemsInOrder(i.id());
                list.forEach(p -> problemsById.put(p.id(), p));
                problems += list.size();
                problemLists.add(list);
                Map<Long, Integer> counts = store.measureCounts(i.id());
                countLists.add(counts);
                for (int c : counts.values()) {
                    all[0] += c;
                }
            }
            var registers = store.accountability();
            var institutions = store.institutions();
            Map<Long, String> accountabilityUids = store.uids("accountability");
            Map<Long, String> institutionUids = store.uids("institution");
            String ledgerUid = store.setting("ledger.uid").orElse("");
            Map<String, String> evidence = evidenceNames();
            registers.forEach(r -> linkedProblem(r.problemId(), problemsById));
            institutions.forEach(r -> linkedProblem(r.problemId(), problemsById));

            laid = taken(laying);
            StreamingWorkbook wb = laid.workbook();
            for (int k = 0; k < inspections.size(); k++) {
                writers.add(new InspectionSheetWriter(laid.sheets().get(k), laid.styles(), store, problemUids,
                        counter, inspections.get(k), problemLists.get(k), countLists.get(k), evidence));
            }
            // from here on the measures are read on their own thread: the store is not to be asked anything else
            if (!writers.isEmpty()) {
                writers.get(0).startReading();
            }
            for (InspectionSheetWriter w : writers) {
                w.prepare();
            }
            RegisterSheetsWriter rw = new RegisterSheetsWriter(laid.styles(), problemsById::get);
            rw.writeAccountability(wb.createSheet(ACCOUNTABILITY_SHEET), registers, accountabilityUids);
            rw.writeInstitutions(wb.createSheet(INSTITUTION_SHEET), institutions, institutionUids);

            LedgerInfoSheetWriter info = new LedgerInfoSheetWriter(wb.createSheet(INFO_SHEET), ledgerUid, batch,
                    department);
            for (int k = 0; k < inspections.size(); k++) {
                Inspection i = inspections.get(k);
                info.inspection(sheetNames.get(k), inspectionUids.get(i.id()), i);
            }
            hideInfoSheet(wb);
            List<MeasureValues> values = taken(gathering);
            for (int k = 0; k < writers.size(); k++) {
                writers.get(k).fitWidths(values.get(k), paper);
            }
            progress.measuresWritten(0, all[0]);
            wb.writeAvoidingTempFiles(out);
            long measures = 0;
            for (InspectionSheetWriter w : writers) {
                measures += w.measures();
            }
            progress.measuresWritten(measures, all[0]);
            return new ExportSummary(target, inspections.size(), problems, measures, registers.size(),
                    institutions.size(), batch);
        } finally {
            writers.forEach(InspectionSheetWriter::close);
            gathering.close();
            if (laid == null) {
                laid = taken(laying);
            }
            laid.workbook().close();
        }
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

    /** The distinct measure values of each inspection, read through a connection of their own. */
    private List<MeasureValues> values(List<Inspection> inspections) throws LedgerFileException {
        try (LedgerStore second = LedgerStore.openReadOnlyUnchecked(store.file())) {
            List<MeasureValues> out = new ArrayList<>();
            for (Inspection i : inspections) {
                out.add(second.measureValues(i.id()));
            }
            return out;
        }
    }

    /** Adds a register's linked problem to the known problems (it may belong to an inspection not exported). */
    private void linkedProblem(Long problemId, Map<Long, Problem> problemsById) {
        if (problemId != null && !problemsById.containsKey(problemId)) {
            store.problem(problemId).ifPresent(p -> problemsById.put(p.id(), p));
        }
    }

    private static void hideInfoSheet(Workbook wb) {
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.setSheetVisibility(wb.getSheetIndex(INFO_SHEET), SheetVisibility.VERY_HIDDEN);
    }
}
