package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.export.FileDigest;
import io.github.rectification.ledger.exchange.export.PlainFileName;
import io.github.rectification.ledger.files.AtomicFiles;
import io.github.rectification.ledger.store.DistributedPart;
import io.github.rectification.ledger.store.Distributions;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Distribution (下发): writes one workbook per lead department (or responsible leader) into a folder,
 * each with only its measures and their problems, each a batch whose values as sent are the base
 * its return is merged against. The workbooks are written whole or not at all; the batches of the
 * round are recorded in one transaction once every workbook is written.
 */
public final class Distributor {
    /** Whom the workbooks go to. */
    public enum By { DEPARTMENT, LEADER }

    /** What to distribute: the inspections (empty: all), to whom, due when, returned to whom. */
    public record Request(List<Long> inspections, By by, LocalDate due, String returnTo, LocalDate date) {
        public Request {
            inspections = List.copyOf(inspections == null ? List.of() : inspections);
            by = by == null ? By.DEPARTMENT : by;
            date = date == null ? LocalDate.now() : date;
        }
    }

    /**
     * One workbook written: to whom, the file, its measures, its batch, the directory's contact and
     * e-mail, and how many of its measures had their close-out sent back (退回), which it lists.
     */
    public record Sent(String recipient, Path file, int measures, String batch, String contact, String email,
            int sentBack) {
    }

    /** The round written: its id, due date and workbooks; measures that name no recipient were left out. */
    public record Round(String round, LocalDate due, List<Sent> files, int unassigned) {
    }

    private final LedgerStore store;

    public Distributor(LedgerStore store) {
        this.store = store;
    }

    public Round distribute(Path folder, Request request) throws IOException {
        if (store.readOnly()) {
            throw new IllegalStateException(Messages.TEXTS.text("busy", store.file()));
        }
        long lastChange = store.distributions().lastChange();
        Ledger ledger = store.inspections().snapshot();
        List<Inspection> inspections = new ArrayList<>();
        for (Inspection i : ledger.inspections()) {
            if (request.inspections().isEmpty() || request.inspections().contains(i.id())) {
                inspections.add(i);
            }
        }
        for (Long id : request.inspections()) {
            if (inspections.stream().noneMatch(i -> i.id() == id)) {
                throw new IllegalArgumentException(Messages.TEXTS.text("inspection.missing", String.valueOf(id)));
            }
        }
        Set<Long> chosen = new HashSet<>();
        inspections.forEach(i -> chosen.add(i.id()));
        Map<Long, Long> inspectionOf = new HashMap<>();
        ledger.problems().forEach(p -> inspectionOf.put(p.id(), p.inspectionId()));

        // the recipients in the order their first measure comes, names written alike as one
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        Map<String, Department> departments = new HashMap<>();
        Map<Long, String> recipientOf = new HashMap<>();
        DirectoryLookup directory = store.directory().lookup();
        int unassigned = 0;
        for (Measure m : ledger.measures()) {
            if (!chosen.contains(inspectionOf.get(m.problemId()))) {
                continue;
            }
            String name = (request.by() == By.LEADER ? m.leader() : m.department());
            name = name == null ? "" : name.strip();
            if (name.isEmpty()) {
                unassigned++;
                continue;
            }
            String key = name;
            if (request.by() == By.DEPARTMENT) {
                Department d = directory.resolve(name).orElse(null);
                if (d != null) {
                    key = d.name();
                    departments.put(key, d);
                }
            }
            recipientOf.put(m.id(), key);
            List<String> names = spellings.computeIfAbsent(key, k -> new ArrayList<>());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        Map<Long, String> inspectionUids = store.history().uids(RecordKind.INSPECTION);
        Map<Long, String> problemUids = store.history().uids(RecordKind.PROBLEM);
        Map<Long, String> measureUids = store.history().uids(RecordKind.MEASURE);
        String ledgerUid = store.settings().get(LedgerSettings.LEDGER_UID);
        Map<Long, CloseOut> sentBack = sentBack(store, ledger, measureUids);
        String password = store.settings().get(LedgerSettings.DISTRIBUTION_PASSWORD);
        String returnTo = request.returnTo() != null && !request.returnTo().isBlank() ? request.returnTo().strip()
                : store.settings().get(LedgerSettings.RETURN_TO);
        List<String> sheetNames = sheetNames(inspections);
        String shortName = shortName(inspections);

        Files.createDirectories(folder);
        String round = Distributions.newUid();
        List<Sent> sent = new ArrayList<>();
        List<DistributedPart> parts = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            write(folder, request, ledger, inspections, sheetNames, shortName, spellings, recipientOf, departments,
                    inspectionUids, problemUids, measureUids, sentBack, ledgerUid, password, returnTo, sent, parts,
                    written);
            if (!parts.isEmpty()) {
                store.distributions().recordRound(round, request.due() == null ? null : request.due().toString(),
                        parts, lastChange);
            }
        } catch (IOException | RuntimeException e) {
            // a round is sent whole or not at all: no workbook without its batch is left behind
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
        return new Round(round, request.due(), sent, unassigned);
    }

    private static void write(Path folder, Request request, Ledger ledger, List<Inspection> inspections,
            List<String> sheetNames, String shortName, Map<String, List<String>> spellings,
            Map<Long, String> recipientOf, Map<String, Department> departments, Map<Long, String> inspectionUids,
            Map<Long, String> problemUids, Map<Long, String> measureUids, Map<Long, CloseOut> sentBack,
            String ledgerUid, String password,
            String returnTo, List<Sent> sent, List<DistributedPart> parts, List<Path> written) throws IOException {
        Set<String> fileNames = new HashSet<>();
        for (Map.Entry<String, List<String>> e : spellings.entrySet()) {
            String recipient = e.getKey();
            Ledger part = ledger.slice(m -> recipient.equals(recipientOf.get(m.id())));
            Map<Long, List<Problem>> problems = new HashMap<>();
            for (Problem p : part.problems()) {
                problems.computeIfAbsent(p.inspectionId(), k -> new ArrayList<>()).add(p);
            }
            List<Inspection> withPart = new ArrayList<>();
            List<String> namesWithPart = new ArrayList<>();
            for (int k = 0; k < inspections.size(); k++) {
                if (problems.containsKey(inspections.get(k).id())) {
                    withPart.add(inspections.get(k));
                    namesWithPart.add(sheetNames.get(k));
                }
            }
            String batch = Distributions.newUid();
            // a department's changes are checked against its name when every measure writes it so, or when
            // it is the directory's department, which the import reads every alias of as the department
            String department = request.by() == By.DEPARTMENT
                    && (e.getValue().equals(List.of(recipient)) || departments.containsKey(recipient)) ? recipient : null;
            Map<Long, CloseOut> partSentBack = new HashMap<>();
            part.measures().stream().filter(m -> sentBack.containsKey(m.id()))
                    .forEach(m -> partSentBack.put(m.id(), sentBack.get(m.id())));
            PartWorkbook.Content content = new PartWorkbook.Content(ledgerUid, batch, department, recipient,
                    request.due(), returnTo, password, withPart, namesWithPart, problems, part.measuresByProblem(),
                    inspectionUids, problemUids, measureUids, partSentBack);
            String fileName = unique(PlainFileName.of(shortName + "-" + recipient + "-" + request.date(), "下发")
                    + ".xlsx", fileNames);
            Path file = folder.resolve(fileName);
            int[] measures = {0};
            if (Files.exists(file)) {
                throw new IllegalArgumentException(Messages.TEXTS.text("exists", file));
            }
            AtomicFiles.write(file, out -> measures[0] = new PartWorkbook(content).write(out));
            written.add(file);
            List<String> mu = part.measures().stream().map(m -> measureUids.get(m.id())).toList();
            List<String> pu = part.problems().stream().map(p -> problemUids.get(p.id())).toList();
            parts.add(new DistributedPart(batch, fileName, FileDigest.sha256(file), department, recipient, mu, pu));
            Department d = departments.get(recipient);
            sent.add(new Sent(recipient, file, measures[0], batch, d == null ? "" : d.contact(),
                    d == null ? "" : d.email(), partSentBack.size()));
        }
    }

    /**
     * The measures whose close-out (销号) the office sent back (退回) and that were not requested again:
     * the department is told of them, with the office's opinion, in the workbook it is sent next.
     */
    private static Map<Long, CloseOut> sentBack(LedgerStore store, Ledger ledger, Map<Long, String> measureUids) {
        Map<String, CloseOut> all = store.closeOut().all();
        Map<Long, CloseOut> out = new HashMap<>();
        for (Measure m : ledger.measures()) {
            CloseOut c = all.get(measureUids.get(m.id()));
            if (c != null && c.state() == CloseOutState.RETURNED) {
                out.put(m.id(), c);
            }
        }
        return out;
    }

    private static String unique(String name, Set<String> taken) {
        String out = name;
        for (int n = 2; !taken.add(out.toLowerCase()); n++) {
            out = name.substring(0, name.length() - ".xlsx".length()) + "（" + n + "）.xlsx";
        }
        return out;
    }

    private static List<String> sheetNames(List<Inspection> inspections) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        taken.add(DistributionLayout.INSTRUCTIONS_SHEET);
        taken.add(DistributionLayout.INFO_SHEET);
        int n = 1;
        for (Inspection i : inspections) {
            String base = i.name() == null || i.name().isBlank() ? "巡察" + n
                    : WorkbookUtil.createSafeSheetName(i.name().strip(), '_').replaceAll("^'+|'+$", "").strip();
            if (base.length() > 27) {
                base = base.substring(0, 27);
            }
            if (base.isEmpty() || base.equalsIgnoreCase("History")) {
                base = "巡察" + n;
            }
            String name = base;
            for (int k = 2; !taken.add(name); k++) {
                name = base + "(" + k + ")";
            }
            out.add(name);
            n++;
        }
        return out;
    }

    /** The short name of the inspections in a file name: the inspection group of one inspection, else 整改台账. */
    private static String shortName(List<Inspection> inspections) {
        if (inspections.size() == 1) {
            Inspection i = inspections.get(0);
            String group = i.inspectionGroup() == null ? "" : i.inspectionGroup().strip();
            if (!group.isEmpty()) {
                return group + i.roundOrDefault();
            }
            String name = i.name() == null ? "" : i.name().strip();
            return name.length() > 20 ? name.substring(0, 20) : name.isEmpty() ? "整改台账" : name;
        }
        return "整改台账";
    }
}
