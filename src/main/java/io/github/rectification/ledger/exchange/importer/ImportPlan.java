package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import of one workbook does (or did) to a ledger: the figures of the workbook, the
 * records added, updated, left unchanged and missing (deleted from a re-imported export), every
 * warning with its place, and the sheets read or skipped. A preview and an applied import give the
 * same plan; {@link #applied()} tells them apart.
 */
public final class ImportPlan {
    /** Items listed per change; the counts stay exact beyond it. */
    public static final int LIST_LIMIT = 5_000;

    public enum Change {
        ADDED, UPDATED, UNCHANGED, DELETED
    }

    public enum Kind {
        INSPECTION, PROBLEM, MEASURE, ACCOUNTABILITY, INSTITUTION
    }

    /**
     * One record and what the import does with it; {@code row} is null where no row holds it;
     * {@code changes} the fields an update changes, with their values before and after.
     */
    public record Item(Change change, Kind kind, String sheet, Integer row, String label, List<FieldChange> changes) {
        public Item {
            changes = List.copyOf(changes);
        }

        public Item(Change change, Kind kind, String sheet, Integer row, String label) {
            this(change, kind, sheet, row, label, List.of());
        }
    }

    /** A field an update changes ({@link io.github.rectification.ledger.domain.MeasureField} code), as the ledger shows it. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * A field the workbook changed while the office changed it too (or outside the workbook's part):
     * the base, ledger and workbook values as the ledger shows them, where the workbook holds it,
     * and the decision taken ("workbook", "ledger", or null while open).
     */
    public record ConflictItem(String measureUid, String field, String base, String ledger, String workbook,
            String sheet, Integer row, String column, String decision) {
    }

    /** A sheet and what the import made of it. */
    public record SheetNote(String sheet, boolean imported, String note, List<ColumnUse> columns) {
        public SheetNote {
            columns = List.copyOf(columns);
        }

        public SheetNote(String sheet, boolean imported, String note) {
            this(sheet, imported, note, List.of());
        }
    }

    /**
     * A column of an imported sheet and what the import read it as: its letter, its header, and the
     * field ({@link io.github.rectification.ledger.exchange.layout.Field} name), or null for a column
     * no field claims, kept as extra data.
     */
    public record ColumnUse(String column, String header, String field) {
    }

    private final String fileName;
    private final Map<Change, Map<Kind, Integer>> counts = new EnumMap<>(Change.class);
    private final Map<Change, List<Item>> items = new EnumMap<>(Change.class);
    private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<SheetNote> sheets = new ArrayList<>();
    private final Map<String, String> readBefore = new LinkedHashMap<>();
    private final Map<String, Integer> unknownStatusWords = new LinkedHashMap<>();
    private final List<ConflictItem> conflicts = new ArrayList<>();
    private String batch;
    private String department;
    private int inspections;
    private int problems;
    private int measures;
    private boolean roundTrip;
    private boolean deletedApplied;
    private boolean applied;
    private Path backup;
    private boolean beforeImage;

    ImportPlan(String fileName) {
        this.fileName = fileName;
        for (Change c : Change.values()) {
            Map<Kind, Integer> m = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                m.put(k, 0);
            }
            counts.put(c, m);
            items.put(c, new ArrayList<>());
        }
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
    }

    void record(Change change, Kind kind, String sheet, Integer row, String label) {
        record(change, kind, sheet, row, label, List.of());
    }

    void record(Change change, Kind kind, String sheet, Integer row, String label, List<FieldChange> changes) {
        counts.get(change).merge(kind, 1, Integer::sum);
        List<Item> list = items.get(change);
        if (list.size() < LIST_LIMIT) {
            list.add(new Item(change, kind, sheet, row, label, changes));
        }
    }

    void countInspection() {
        inspections++;
    }

    void countProblem() {
        problems++;
    }

    void countMeasure(Status s) {
        measures++;
        byStatus.merge(s, 1, Integer::sum);
    }

    void addWarnings(List<ImportWarning> ws) {
        warnings.addAll(ws);
    }

    void addWarning(ImportWarning w) {
        warnings.add(w);
    }

    void addSheet(SheetNote note) {
        String round = readBefore.get(note.sheet());
        sheets.add(round == null ? note
                : new SheetNote(note.sheet(), false, Messages.TEXTS.text("sheet.readBefore", round)));
    }

    /** A sheet whose round the ledger already holds from an earlier import of it: it is not read again. */
    void readBefore(String sheet, String round) {
        readBefore.put(sheet, round);
    }

    /** The sheets not read again because the ledger holds their rounds: sheet → round. */
    public Map<String, String> readBefore() {
        return Collections.unmodifiableMap(readBefore);
    }

    void unknownStatus(String word) {
        unknownStatusWords.merge(word, 1, Integer::sum);
    }

    void conflict(ConflictItem c) {
        conflicts.add(c);
    }

    void batch(String uid, String dept) {
        batch = uid;
        department = dept;
    }

    void markRoundTrip() {
        roundTrip = true;
    }

    void markApplied(Path backupFile, boolean deletedToo) {
        applied = true;
        backup = backupFile;
        deletedApplied = deletedToo;
    }

    public String fileName() {
        return fileName;
    }

    /** Sheets holding measures (each one inspection). */
    public int inspections() {
        return inspections;
    }

    public int problems() {
        return problems;
    }

    public int measures() {
        return measures;
    }

    /** Measures of the workbook by status class. */
    public Map<Status, Integer> byStatus() {
        return Collections.unmodifiableMap(byStatus);
    }

    /** Records (inspections, problems, measures, register entries) with this change. */
    public int count(Change change) {
        return counts.get(change).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Change change, Kind kind) {
        return counts.get(change).get(kind);
    }

    public int added() {
        return count(Change.ADDED);
    }

    public int updated() {
        return count(Change.UPDATED);
    }

    public int unchanged() {
        return count(Change.UNCHANGED);
    }

    /** Records of the ledger that a re-imported export no longer holds. */
    public int deleted() {
        return count(Change.DELETED);
    }

    /** Listed items of one change (at most {@link #LIST_LIMIT}). */
    public List<Item> items(Change change) {
        return Collections.unmodifiableList(items.get(change));
    }

    public List<ImportWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public List<SheetNote> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    /** Status words the list does not know, with how many measures use each. */
    public Map<String, Integer> unknownStatusWords() {
        return Collections.unmodifiableMap(unknownStatusWords);
    }

    /** True when the workbook is an export of this very ledger, so rows matched records by their ids. */
    public boolean roundTrip() {
        return roundTrip;
    }

    /** The batch (export) the workbook was sent as, when the ledger knows it; else null. */
    public String batch() {
        return batch;
    }

    /** The department the workbook was sent to, or null. */
    public String department() {
        return department;
    }

    /** The conflicts the workbook met, in workbook order. */
    public List<ConflictItem> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    /** Conflicts of this import that no decision closed. */
    public int openConflicts() {
        return (int) conflicts.stream().filter(c -> c.decision() == null).count();
    }

    /** True once written to the ledger. */
    public boolean applied() {
        return applied;
    }

    /** True when the missing records were deleted as well. */
    public boolean deletedApplied() {
        return deletedApplied;
    }

    void keptBeforeImage(boolean kept) {
        beforeImage = kept;
    }

    /**
     * True when the import kept, in the ledger, the before-image of the rows it wrote (a returned
     * workbook), from which the ledger is put back as it was (instead of a {@link #backup()}).
     */
    public boolean beforeImage() {
        return beforeImage;
    }

    /** The backup made before the ledger was changed, or null. */
    public Path backup() {
        return backup;
    }

    /** True when applying would change nothing. */
    public boolean noChange() {
        return added() == 0 && updated() == 0 && deleted() == 0;
    }
}
