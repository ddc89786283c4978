package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.export.ExportLayout;
import io.github.rectification.ledger.exchange.importer.ImportPlan.Change;
import io.github.rectification.ledger.exchange.importer.ImportPlan.Kind;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.MergeOutcome;
import io.github.rectification.ledger.exchange.read.CellRefs;
import io.github.rectification.ledger.store.BulkWriter;
import io.github.rectification.ledger.store.Conflict;
import io.github.rectification.ledger.store.Distributions;
import io.github.rectification.ledger.store.ReturnWriter;
import io.github.rectification.ledger.store.LedgerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides for each record read from a workbook whether it is new, changes a record of the ledger
 * (matched by stable id when the workbook is an export of this ledger) or leaves it as it is, and
 * writes it through the store's {@link BulkWriter} unless this is a preview. At the end, records of
 * exported inspections that the workbook no longer holds are reported, and deleted when asked.
 */
final class Reconciler implements Consumer<Parsed> {
    private final ImportPlan plan;
    private final ExistingLedger existing;
    private final LedgerMeta meta;
    private final BulkWriter writer;
    private final LedgerStore store;
    private final Map<String, Long> problemIdsByFileUid = new HashMap<>();
    private final Map<String, String> problemSeqByFileUid = new HashMap<>();
    private final Map<String, Long> problemIdsByTitle = new HashMap<>();
    private final Set<String> seenInspections = new HashSet<>();
    private final Set<String> seenProblems = new HashSet<>();
    private final Set<String> seenMeasures = new HashSet<>();
    private final Set<String> seenAccountability = new HashSet<>();
    private final Set<String> seenInstitutions = new HashSet<>();
    private final Set<String> registerTables = new HashSet<>();
    private final Set<String> sheetsRead = new HashSet<>();
    private final ReturnBase returns;
    private final ConflictChoice take;
    /** The ledger's directory: department names that stand for one department are not a change. */
    private final DirectoryLookup directory;
    private ReturnWriter returnWriter;
    private Map<String, Problem> problemsByTitle;
    private long nextTempId = -1;
    /** The rounds the ledger holds from sheets of workbooks without this ledger's ids: sheet → names. */
    private Map<String, Set<String>> readBefore;
    private List<AccountabilityRecord> accountabilityBefore;
    private List<InstitutionRecord> institutionsBefore;
    private boolean ledgerTitlesRead;
    /** True while the rows of a sheet imported before go by. */
    private boolean skipping;
    private Parsed.InspectionSheet sheet;
    private long inspectionId;
    private boolean ended;
    /** The completion date of a measure imported as 已完成 without one; null: left empty. */
    private final LocalDate completedOnDay;

    /**
     * @param existing the ledger's records by stable id when the workbook is its own export, else null
     * @param writer   null for a preview
     */
    Reconciler(ImportPlan plan, ExistingLedger existing, LedgerMeta meta, BulkWriter writer, LedgerStore store) {
        this(plan, existing, meta, writer, store, null, null, DirectoryLookup.EMPTY);
    }

    /**
     * @param returns   the base of the workbook's batch (fields are then merged three ways), or null
     * @param take      the side that wins every conflict, or null to leave them open
     * @param directory the ledger's directory, by which the lead and supporting departments are compared
     */
    Reconciler(ImportPlan plan, ExistingLedger existing, LedgerMeta meta, BulkWriter writer, LedgerStore store,
            ReturnBase returns, ConflictChoice take, DirectoryLookup directory) {
        this.returns = existing != null ? returns : null;
        this.take = take;
        this.directory = directory == null ? DirectoryLookup.EMPTY : directory;
        this.plan = plan;
        this.existing = existing;
        this.meta = meta;
        this.writer = writer;
        this.store = store;
        this.completedOnDay = CompletionDates.fromImportDate(store) ? LocalDate.now() : null;
        if (existing != null) {
            plan.markRoundTrip();
            for (Problem p : existing.ledger.problems()) {
                problemIdsByTitle.putIfAbsent(p.title().strip(), p.id());
            }
        }
    }

    boolean ended() {
        return ended;
    }

    /** Records the return of the workbook's batch with what it changed and left open (when writing a return). */
    void returned(String sha256) {
        if (writer == null || returns == null) {
            return;
        }
        int open = (int) plan.conflicts().stream().filter(c -> c.decision() == null).count();
        returns().returned(returns.batch.id(), plan.fileName(), sha256, plan.added() + plan.updated(), open);
    }

    @Override
    public void accept(Parsed p) {
        if (p instanceof Parsed.ProblemRows r) {
            if (!skipping) {
                problem(r);
            }
        } else if (p instanceof Parsed.InspectionSheet s) {
            inspection(s);
        } else if (p instanceof Parsed.AccountabilityRow a) {
            accountability(a);
        } else if (p instanceof Parsed.InstitutionRow i) {
            institution(i);
        } else if (p instanceof Parsed.RegisterSheet r) {
            skipping = false;
            registerTables.add(r.table());
        } else if (p instanceof Parsed.End) {
            ended = true;
        }
    }

    private void inspection(Parsed.InspectionSheet s) {
        skipping = readBefore(s);
        if (skipping) {
            // a second import of the office's own workbook would add each problem and measure again
            plan.readBefore(s.sheet(), s.inspection().name());
            return;
        }
        sheet = s;
        sheetsRead.add(s.sheet());
        plan.countInspection();
        Inspection in = s.inspection();
        Inspection old = existing != null && s.uid() != null ? existing.inspections.get(s.uid()) : null;
        if (old != null && seenInspections.add(s.uid())) {
            Inspection merged = new Inspection(old.id(), in.name(), in.inspectedUnit(),
                    meta.hasInspectionField(s.uid(), "inspection_group") ? in.inspectionGroup() : old.inspectionGroup(),
                    meta.hasInspectionField(s.uid(), "start_date") ? in.startDate() : old.startDate(),
                    meta.hasInspectionField(s.uid(), "end_date") ? in.endDate() : old.endDate(),
                    meta.hasInspectionField(s.uid(), "feedback_date") ? in.feedbackDate() : old.feedbackDate(),
                    in.reportDate(), old.order(),
                    meta.hasInspectionField(s.uid(), "round_kind") || old.roundKind().isEmpty()
                            ? in.roundKind() : old.roundKind(),
                    meta.hasInspectionField(s.uid(), "issuing_body") || old.issuingBody().isEmpty()
                            ? in.issuingBody() : old.issuingBody());
            inspectionId = old.id();
            if (writer != null) {
                writer.sourceSheet(inspectionId, s.sheet());
            }
            if (merged.equals(old)) {
                plan.record(Change.UNCHANGED, Kind.INSPECTION, s.sheet(), null, old.name());
            } else {
                if (writer != null) {
                    writer.update(merged);
                }
                plan.record(Change.UPDATED, Kind.INSPECTION, s.sheet(), null, in.name());
            }
            return;
        }
        inspectionId = writer != null ? writer.add(in).id() : nextTempId--;
        if (writer != null) {
            writer.sourceSheet(inspectionId, s.sheet());
        }
        plan.record(Change.ADDED, Kind.INSPECTION, s.sheet(), null, in.name());
    }

    /**
     * True when the sheet has no id of this ledger and the ledger already holds the round it names,
     * read from a sheet of the same name: the same workbook imported a second time.
     */
    private boolean readBefore(Parsed.InspectionSheet s) {
        if (existing != null && s.uid() != null && existing.inspections.containsKey(s.uid())) {
            return false;
        }
        if (readBefore == null) {
            readBefore = new HashMap<>();
            Map<Long, String> sheets = store.inspections().sourceSheets();
            for (Inspection i : store.inspections().all()) {
                String from = sheets.get(i.id());
                if (from != null) {
                    readBefore.computeIfAbsent(from, k -> new HashSet<>()).add(i.name());
                }
            }
        }
        String name = s.inspection().name();
        return readBefore.getOrDefault(s.sheet(), Set.of()).stream().anyMatch(n -> RoundName.same(n, name, s.sheet()));
    }

    private void problem(Parsed.ProblemRows r) {
        plan.countProblem();
        Long parentId = null;
        String seq = r.problem().seq();
        if (r.parentUid() != null) {
            parentId = problemIdsByFileUid.get(r.parentUid());
            if (parentId == null && existing != null && existing.problems.containsKey(r.parentUid())) {
                parentId = existing.problems.get(r.parentUid()).id();
            }
            String parentSeq = problemSeqByFileUid.get(r.parentUid());
            if (parentId != null && parentSeq != null && !parentSeq.isEmpty() && seq.startsWith(parentSeq)
                    && seq.length() > parentSeq.length()) {
                seq = seq.substring(parentSeq.length());
            }
        }
        Problem in = r.problem();
        Problem old = existing != null && r.uid() != null && seenProblems.add(r.uid())
                ? existing.problems.get(r.uid()) : null;
        if (old == null && returns != null && (r.uid() == null || !existing.problems.containsKey(r.uid()))) {
            old = addedBefore(in.title(), parentId);
        }
        long problemId;
        if (old != null) {
            Problem merged = new Problem(old.id(), inspectionId, parentId, seq, in.category(), in.title(),
                    sheet != null && sheet.hasProblemDescription() ? in.description() : old.description(),
                    old.order());
            if (returns != null) {
                String title = old.title();
                merged = ProblemMerge.merged(old, merged, returns.problemBase.get(existing.problemUids.get(old.id())),
                        (field, ledger, workbook) -> plan.addWarning(new ImportWarning(
                                ImportWarning.Kind.PROBLEM_CONFLICT, r.sheet(), r.row(), null,
                                "问题“" + label(title) + "”的" + field + "发出后台账已改为“" + ledger
                                        + "”,工作簿改为“" + workbook + "”:保持台账的值")));
            }
            problemId = old.id();
            if (merged.equals(old)) {
                plan.record(Change.UNCHANGED, Kind.PROBLEM, r.sheet(), r.row(), old.title());
            } else {
                if (writer != null) {
                    writer.update(merged);
                }
                plan.record(Change.UPDATED, Kind.PROBLEM, r.sheet(), r.row(), in.title());
            }
        } else {
            Problem add = new Problem(0, inspectionId, parentId, seq, in.category(), in.title(), in.description(), 0);
            problemId = writer != null ? writer.add(add).id() : nextTempId--;
            plan.record(Change.ADDED, Kind.PROBLEM, r.sheet(), r.row(), in.title());
        }
        if (r.uid() != null) {
            problemIdsByFileUid.put(r.uid(), problemId);
            problemSeqByFileUid.put(r.uid(), r.problem().seq());
        }
        problemIdsByTitle.putIfAbsent(in.title().strip(), problemId);
        String problemKey = r.uid() != null ? r.uid() : "title:" + in.title().strip();
        for (Parsed.MeasureRow m : r.measures()) {
            measure(r.sheet(), m, problemId, problemKey);
        }
    }

    /** A problem an earlier return of the batch added (same title, same inspection and parent), not yet matched. */
    private Problem addedBefore(String title, Long parentId) {
        if (problemsByTitle == null) {
            problemsByTitle = new HashMap<>();
            for (Problem p : existing.ledger.problems()) {
                problemsByTitle.putIfAbsent(p.inspectionId() + "\u0001" + p.parentId() + "\u0001" + p.title().strip(), p);
            }
        }
        Problem p = problemsByTitle.get(inspectionId + "\u0001" + parentId + "\u0001" + title.strip());
        return p != null && seenProblems.add(existing.problemUids.get(p.id())) ? p : null;
    }

    /** The fields in which {@code after} differs from {@code before}, as the ledger shows them. */
    private static List<ImportPlan.FieldChange> changes(Measure before, Measure after) {
        List<ImportPlan.FieldChange> out = new ArrayList<>();
        for (MeasureField f : MeasureField.values()) {
            if (!f.same(f.of(before), f.of(after))) {
                out.add(new ImportPlan.FieldChange(f.code(), f.text(f.of(before)), f.text(f.of(after))));
            }
        }
        return out;
    }

    private void measure(String sheetName, Parsed.MeasureRow row, long problemId, String problemKey) {
        Measure in = row.measure();
        plan.countMeasure(in.status());
        Measure old = existing != null && row.uid() != null && seenMeasures.add(row.uid())
                ? existing.measure(row.uid()) : null;
        String fingerprint = null;
        if (returns != null && old == null) {
            if (row.uid() != null && returns.base.containsKey(row.uid()) && existing.measure(row.uid()) == null) {
                plan.addWarning(new ImportWarning(ImportWarning.Kind.DELETED_SINCE_SENT, sheetName, row.row(), null,
                        "这条整改措施发出后已在台账中删除,未恢复: " + label(in.text())));
                return;
            }
            fingerprint = RowFingerprint.of(problemKey, in.text());
            old = addedBefore(fingerprint, problemId, in.text());
        }
        if (old != null) {
            Measure merged = completed(returns != null ? merged(old, in, problemId, sheetName, row.row())
                    : twoWay(old, in, problemId), old);
            if (merged.equals(old)) {
                plan.record(Change.UNCHANGED, Kind.MEASURE, sheetName, row.row(), label(old.text()));
            } else {
                if (writer != null) {
                    writer.update(merged);
                }
                plan.record(Change.UPDATED, Kind.MEASURE, sheetName, row.row(), label(in.text()), changes(old, merged));
            }
            return;
        }
        Measure add = completed(new Measure(0, problemId, in.seq(), in.text(), in.leader(), in.department(),
                in.supportingDepartments(), in.person(), in.deadline(), in.status(), in.completedOn(), in.progress(),
                in.remarks(), 0), null);
        if (writer != null) {
            if (returns != null) {
                String uid = Distributions.newUid();
                existing.added(writer.add(add, uid).id());
                returns().base(returns.batch.id(), uid, add);
                returns().addedRow(returns.batch.id(), fingerprint, uid);
            } else {
                writer.add(add);
            }
        }
        plan.record(Change.ADDED, Kind.MEASURE, sheetName, row.row(), label(in.text()));
    }

    /**
     * A measure the import leaves 已完成 without a completion date, when the ledger's setting says so:
     * the date the ledger had, else the day of the import.
     */
    private Measure completed(Measure m, Measure old) {
        if (completedOnDay == null || m.status() != Status.DONE || m.completedOn() != null) {
            return m;
        }
        return m.withCompletedOn(old != null && old.completedOn() != null ? old.completedOn() : completedOnDay);
    }

    /** The measure of the ledger an earlier return of the batch added from this row, not yet matched. */
    private Measure addedBefore(String fingerprint, long problemId, String text) {
        String uid = returns.addedRows.get(fingerprint);
        Measure m = uid != null ? existing.measure(uid) : null;
        if (m != null && seenMeasures.add(uid)) {
            return m;
        }
        for (Measure x : existing.measuresUnder(problemId)) {
            if (x.text().strip().equals(text.strip()) && seenMeasures.add(existing.measureUids.get(x.id()))) {
                return x;
            }
        }
        return null;
    }

    /**
     * {@code in} with the lead and supporting departments of {@code to} where the directory reads both
     * alike: a workbook writing 局办公室 where the ledger (or the base) has 办公室, or the other way
     * round, changes nothing, and the ledger keeps the text it has.
     */
    private Measure asDirectoryReads(Measure in, Measure to) {
        if (in == null || to == null || directory.isEmpty()) {
            return in;
        }
        Measure out = in;
        if (!Objects.equals(in.department(), to.department()) && directory.same(in.department(), to.department())) {
            out = MeasureField.DEPARTMENT.with(out, to.department());
        }
        if (!in.supportingDepartments().equals(to.supportingDepartments())
                && directory.same(in.supportingDepartments(), to.supportingDepartments())) {
            out = MeasureField.SUPPORTING_DEPARTMENTS.with(out, to.supportingDepartments());
        }
        return out;
    }

    /** The measure as today's import made it: every value of the workbook taken. */
    private Measure twoWay(Measure old, Measure workbook, long problemId) {
        Measure in = asDirectoryReads(workbook, old);
        Deadline deadline = sameDeadline(old.deadline(), in.deadline()) ? old.deadline() : in.deadline();
        return new Measure(old.id(), problemId,
                sheet != null && sheet.hasMeasureSeq() ? in.seq() : old.seq(), in.text(), in.leader(), in.department(),
                sheet != null && sheet.hasSupporting() ? in.supportingDepartments() : old.supportingDepartments(),
                in.person(), deadline, in.status(),
                sheet != null && sheet.hasCompletedOn() ? in.completedOn() : old.completedOn(),
                in.progress(), in.remarks(), old.order());
    }

    /** The measure merged field by field against the batch's base; conflicts are recorded, not applied. */
    private Measure merged(Measure old, Measure workbook, long problemId, String sheetName, int rowNumber) {
        String uid = existing.measureUids.get(old.id());
        Measure sent = returns.base.get(uid);
        Measure base = asDirectoryReads(sent, old);
        Measure in = asDirectoryReads(asDirectoryReads(workbook, old), base);
        String dept = returns.department();
        boolean inPart = dept == null || directory.same(dept, (base != null ? base : old).department().strip());
        Measure merged = new Measure(old.id(), problemId, old.seq(), old.text(), old.leader(), old.department(),
                old.supportingDepartments(), old.person(), old.deadline(), old.status(), old.completedOn(),
                old.progress(), old.remarks(), old.order());
        for (MeasureField f : MeasureField.values()) {
            Integer column = sheet == null ? null : sheet.columns().get(SheetFields.of(f));
            if (column == null) {
                continue;
            }
            MergeOutcome outcome = f.merge(base, old, in, inPart);
            if (outcome == MergeOutcome.TAKE_WORKBOOK) {
                merged = f.with(merged, f.of(in));
            } else if (outcome == MergeOutcome.CONFLICT) {
                String ledgerText = f.text(f.of(old));
                String workbookText = f.text(f.of(in));
                Conflict known = returns.known.get(ReturnBase.key(uid, f.code(), workbookText));
                if (known != null && known.decision() != null) {
                    continue;
                }
                if (take == ConflictChoice.WORKBOOK) {
                    merged = f.with(merged, f.of(in));
                }
                String baseText = sent == null ? null : f.text(f.of(sent));
                String col = CellRefs.column(column);
                plan.conflict(new ImportPlan.ConflictItem(uid, f.code(), baseText, ledgerText, workbookText,
                        sheetName, rowNumber, col, take == null ? null : take.code()));
                if (writer != null) {
                    long id = known != null ? known.id() : returns().conflict(new Conflict(0, returns.batch.id(), uid,
                            f.code(), baseText, ledgerText, workbookText, plan.fileName(), sheetName, rowNumber, col,
                            null));
                    if (take != null) {
                        returns().decide(id, take.code(), uid, f.code(), ledgerText);
                    }
                }
            }
        }
        return merged;
    }

    private ReturnWriter returns() {
        if (returnWriter == null) {
            returnWriter = writer.returns();
        }
        return returnWriter;
    }

    private static boolean sameDeadline(Deadline a, Deadline b) {
        return a.kind() == b.kind() && Objects.equals(a.date(), b.date()) && a.display().equals(b.display());
    }

    private Long relatedProblem(String sheetName, int row, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Long id = problemIdsByTitle.get(title.strip());
        if (id == null && existing == null && !ledgerTitlesRead) {
            // a problem the ledger holds from before, such as one of a round not read again
            ledgerTitlesRead = true;
            for (Inspection i : store.inspections().all()) {
                for (Problem p : store.inspections().problemsInOrder(i.id())) {
                    problemIdsByTitle.putIfAbsent(p.title().strip(), p.id());
                }
            }
            id = problemIdsByTitle.get(title.strip());
        }
        if (id == null) {
            plan.addWarning(new ImportWarning(ImportWarning.Kind.LINK_NOT_FOUND, sheetName, row, null,
                    "关联问题“" + title + "”在台账中找不到,未关联", title));
        }
        return id != null && id < 0 ? null : id;
    }

    private void accountability(Parsed.AccountabilityRow a) {
        Long problemId = relatedProblem(a.sheet(), a.row(), a.relatedProblem());
        AccountabilityRecord in = a.record();
        AccountabilityRecord old = existing != null && a.uid() != null && seenAccountability.add(a.uid())
                ? existing.accountability.get(a.uid()) : null;
        String label = in.person() + " " + in.kind();
        if (old != null) {
            AccountabilityRecord merged = new AccountabilityRecord(old.id(), in.person(), in.position(), in.kind(),
                    problemId, in.date());
            if (merged.equals(old)) {
                plan.record(Change.UNCHANGED, Kind.ACCOUNTABILITY, a.sheet(), a.row(), label);
            } else {
                if (writer != null) {
                    writer.flush();
                    store.registers().update(merged);
                }
                plan.record(Change.UPDATED, Kind.ACCOUNTABILITY, a.sheet(), a.row(), label);
            }
            return;
        }
        AccountabilityRecord add = new AccountabilityRecord(0, in.person(), in.position(), in.kind(), problemId, in.date());
        if (accountabilityBefore == null) {
            accountabilityBefore = new ArrayList<>(store.registers().accountability());
        }
        // the same record read again from a workbook without ids is the one the ledger holds
        if (accountabilityBefore.removeIf(x -> new AccountabilityRecord(0, x.person(), x.position(), x.kind(),
                x.problemId(), x.date()).equals(add))) {
            plan.record(Change.UNCHANGED, Kind.ACCOUNTABILITY, a.sheet(), a.row(), label);
            return;
        }
        if (writer != null) {
            writer.add(add);
        }
        plan.record(Change.ADDED, Kind.ACCOUNTABILITY, a.sheet(), a.row(), label);
    }

    private void institution(Parsed.InstitutionRow i) {
        Long problemId = relatedProblem(i.sheet(), i.row(), i.relatedProblem());
        InstitutionRecord in = i.record();
        InstitutionRecord old = existing != null && i.uid() != null && seenInstitutions.add(i.uid())
                ? existing.institutions.get(i.uid()) : null;
        if (old != null) {
            InstitutionRecord merged = new InstitutionRecord(old.id(), in.title(), in.docNo(), in.kind(), in.issuedOn(),
                    problemId, old.measureId());
            if (merged.equals(old)) {
                plan.record(Change.UNCHANGED, Kind.INSTITUTION, i.sheet(), i.row(), in.title());
            } else {
                if (writer != null) {
                    writer.flush();
                    store.registers().update(merged);
                }
                plan.record(Change.UPDATED, Kind.INSTITUTION, i.sheet(), i.row(), in.title());
            }
            return;
        }
        InstitutionRecord add = new InstitutionRecord(0, in.title(), in.docNo(), in.kind(), in.issuedOn(), problemId, null);
        if (institutionsBefore == null) {
            institutionsBefore = new ArrayList<>(store.registers().institutions());
        }
        if (institutionsBefore.removeIf(x -> new InstitutionRecord(0, x.title(), x.docNo(), x.kind(), x.issuedOn(),
                x.problemId(), null).equals(add))) {
            plan.record(Change.UNCHANGED, Kind.INSTITUTION, i.sheet(), i.row(), in.title());
            return;
        }
        if (writer != null) {
            writer.add(add);
        }
        plan.record(Change.ADDED, Kind.INSTITUTION, i.sheet(), i.row(), in.title());
    }

    /**
     * Reports the records of the exported inspections (and registers) that the workbook no longer
     * holds; deletes them when {@code delete} is set and this is not a preview.
     */
    void missing(boolean delete) {
        if (existing == null) {
            return;
        }
        Map<String, String> sheetUids = meta.sheetUids();
        Set<Long> exported = new HashSet<>();
        Set<Long> goneInspections = new HashSet<>();
        Map<Long, String> sheetOf = new HashMap<>();
        Map<Long, Inspection> inspectionById = new HashMap<>();
        Map<Long, Problem> problemById = new HashMap<>();
        existing.ledger.problems().forEach(p -> problemById.put(p.id(), p));
        for (Map.Entry<String, String> e : sheetUids.entrySet()) {
            Inspection i = existing.inspections.get(e.getValue());
            if (i == null) {
                continue;
            }
            exported.add(i.id());
            sheetOf.put(i.id(), e.getKey());
            inspectionById.put(i.id(), i);
            if (!seenInspections.contains(e.getValue()) && !sheetsRead.contains(e.getKey())) {
                goneInspections.add(i.id());
                plan.record(Change.DELETED, Kind.INSPECTION, e.getKey(), null, i.name());
            }
        }
        Set<Long> goneProblems = new HashSet<>();
        for (Problem p : existing.ledger.problems()) {
            if (!exported.contains(p.inspectionId()) || goneInspections.contains(p.inspectionId())) {
                continue;
            }
            String uid = existing.problemUids.get(p.id());
            if (returns != null && returns.partial && !returns.problemBase.containsKey(uid)) {
                continue;
            }
            if (!seenProblems.contains(uid) && (p.parentId() == null || !goneProblems.contains(p.parentId()))) {
                goneProblems.add(p.id());
                plan.record(Change.DELETED, Kind.PROBLEM, sheetOf.get(p.inspectionId()), null,
                        GoneWords.problem(inspectionById.get(p.inspectionId()), p));
            } else if (p.parentId() != null && goneProblems.contains(p.parentId())) {
                goneProblems.add(p.id());
            }
        }
        Map<Long, Long> inspectionOfProblem = new HashMap<>();
        existing.ledger.problems().forEach(p -> inspectionOfProblem.put(p.id(), p.inspectionId()));
        List<Measure> goneMeasures = new java.util.ArrayList<>();
        for (Measure m : existing.ledger.measures()) {
            Long insp = inspectionOfProblem.get(m.problemId());
            if (insp == null || !exported.contains(insp) || goneInspections.contains(insp)
                    || goneProblems.contains(m.problemId())) {
                continue;
            }
            String uid = existing.measureUids.get(m.id());
            if (returns != null && returns.partial && !returns.base.containsKey(uid)) {
                continue;
            }
            if (!seenMeasures.contains(uid)) {
                goneMeasures.add(m);
                Problem of = problemById.get(m.problemId());
                plan.record(Change.DELETED, Kind.MEASURE, sheetOf.get(insp), null,
                        GoneWords.measure(inspectionById.get(insp), of, label(m.text())));
            }
        }
        List<AccountabilityRecord> goneAcc = new java.util.ArrayList<>();
        if (registerTables.contains("accountability")) {
            for (AccountabilityRecord a : existing.ledger.accountability()) {
                if (!seenAccountability.contains(existing.accountabilityUids.get(a.id()))) {
                    goneAcc.add(a);
                    plan.record(Change.DELETED, Kind.ACCOUNTABILITY, ExportLayout.ACCOUNTABILITY_SHEET, null,
                            GoneWords.register("问责记录", a.person() + " " + a.kind(),
                                    a.problemId() == null ? null : problemById.get(a.problemId())));
                }
            }
        }
        List<InstitutionRecord> goneInst = new java.util.ArrayList<>();
        if (registerTables.contains("institution")) {
            for (InstitutionRecord r : existing.ledger.institutions()) {
                if (!seenInstitutions.contains(existing.institutionUids.get(r.id()))) {
                    goneInst.add(r);
                    plan.record(Change.DELETED, Kind.INSTITUTION, ExportLayout.INSTITUTION_SHEET, null,
                            GoneWords.register("制度", r.title(),
                                    r.problemId() == null ? null : problemById.get(r.problemId())));
                }
            }
        }
        if (!delete || writer == null) {
            return;
        }
        writer.flush();
        goneMeasures.forEach(m -> store.inspections().removeMeasure(m.id()));
        for (Problem p : existing.ledger.problems()) {
            if (goneProblems.contains(p.id()) && (p.parentId() == null || !goneProblems.contains(p.parentId()))) {
                store.inspections().removeProblem(p.id());
            }
        }
        goneInspections.forEach(store.inspections()::removeInspection);
        goneAcc.forEach(a -> store.registers().delete(a));
        goneInst.forEach(r -> store.registers().delete(r));
    }

    private static String label(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
