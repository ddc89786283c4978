package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.exchange.layout.Field;
import io.github.rectification.ledger.exchange.layout.LayoutFinder;
import io.github.rectification.ledger.exchange.layout.SheetLayout;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.SheetInfo;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import io.github.rectification.ledger.exchange.values.CellText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole workbook into {@link Parsed} records: every visible sheet whose header says it holds
 * measures is one inspection; 问责情况 and 建章立制 sheets fill the registers; summary sheets, empty
 * sheets and hidden sheets are skipped and said so.
 */
final class WorkbookReader {
    /** The hidden columns an exported ledger carries to be recognised again; not the office's columns. */
    private static final Set<Field> ROUND_TRIP = EnumSet.of(Field.PROBLEM_UID, Field.MEASURE_UID, Field.PARENT_UID,
            Field.MEASURE_SEQ, Field.PROBLEM_DESCRIPTION, Field.EVIDENCE_WRITTEN, Field.UID);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final WorkbookSource source;
    private final boolean toEnd;
    private final ImportOptions options;
    private final Consumer<Parsed> out;
    private final LedgerMeta meta;
    /** Inspection names given so far to this workbook's sheets, so that two rounds of one title differ. */
    private final Set<String> namesGiven = new HashSet<>();
    /** The ledger titles that head more than one sheet: rounds so titled are named with their sheet too. */
    private Set<String> sharedTitles = Set.of();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<ImportPlan.SheetNote> notes = new ArrayList<>();
    private final DepartmentReading departments;
    private long rows;

    /**
     * @param directory the ledger's directory, read from the store before reading begins: the lead and
     *                  supporting departments written by an alias are read as their departments
     */
    /**
     * With {@code toEnd}, each sheet is read to its end ({@link WorkbookSource#readToEnd}), past the
     * rows that stop being data only checked: for an import whose reads are its check.
     */
    WorkbookReader(WorkbookSource source, LedgerMeta meta, ImportOptions options, DirectoryLookup directory,
            Consumer<Parsed> out, boolean toEnd) {
        this.toEnd = toEnd;
        this.source = source;
        this.meta = meta;
        this.options = options;
        this.out = out;
        this.departments = new DepartmentReading(directory);
    }

    /** Reads the {@code _ledger} sheet of an exported workbook; an empty meta when there is none. */
    static LedgerMeta readMeta(WorkbookSource source) throws ImportRejectedException {
        LedgerMeta meta = new LedgerMeta();
        for (SheetInfo s : source.sheets()) {
            if (LedgerMeta.SHEET.equals(s.name())) {
                source.read(s, (row, cells, width) -> {
                    if (width >= 1 && cells[0] != null) {
                        meta.put(CellText.trimmed(cells[0]), width >= 2 ? CellText.trimmed(cells[1]) : "");
                    }
                    return true;
                });
            }
        }
        return meta;
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    List<ImportPlan.SheetNote> notes() {
        return notes;
    }

    void read() throws ImportRejectedException {
        List<SheetInfo> sheets = source.sheets();
        sharedTitles = sharedTitles(sheets);
        int done = 0;
        for (SheetInfo s : sheets) {
            if (LedgerMeta.SHEET.equals(s.name())) {
                done++;
                continue;
            }
            if (s.visibility() != SheetInfo.Visibility.VISIBLE) {
                notes.add(new ImportPlan.SheetNote(s.name(), false, Messages.TEXTS.text("sheet.hidden")));
                done++;
                continue;
            }
            readSheet(s);
            options.progress().report(++done, sheets.size(), rows);
        }
        warnings.addAll(departments.warnings());
        out.accept(new Parsed.End());
    }

    /**
     * The titles of the measure sheets that more than one sheet shares, found from the first rows of
     * each visible sheet before any is read, so that every round of such a title is named alike.
     */
    private Set<String> sharedTitles(List<SheetInfo> sheets) throws ImportRejectedException {
        Map<String, Integer> counts = new HashMap<>();
        for (SheetInfo s : sheets) {
            if (LedgerMeta.SHEET.equals(s.name()) || s.visibility() != SheetInfo.Visibility.VISIBLE) {
                continue;
            }
            LayoutFinder finder = new LayoutFinder();
            SheetLayout[] found = new SheetLayout[1];
            source.read(s, (row, cells, width) -> {
                LayoutFinder.Step step = finder.offer(row, cells, width);
                if (step == LayoutFinder.Step.FOUND || step == LayoutFinder.Step.FOUND_KEEP_ROW) {
                    found[0] = finder.layout();
                    return false;
                }
                return step != LayoutFinder.Step.NONE;
            });
            SheetLayout l = found[0] != null ? found[0] : finder.finish().orElse(null);
            if (l != null && l.kind() == SheetLayout.Kind.MEASURES && l.title() != null && !l.title().isBlank()) {
                counts.merge(l.title().strip(), 1, Integer::sum);
            }
        }
        Set<String> shared = new HashSet<>();
        counts.forEach((title, n) -> {
            if (n > 1) {
                shared.add(title);
            }
        });
        return shared;
    }

    private void readSheet(SheetInfo s) throws ImportRejectedException {
        SheetState state = new SheetState(s.name());
        if (toEnd) {
            // past the notes block the rest is only checked, so no later check reads it again
            source.readToEnd(s, state::row);
        } else {
            source.read(s, state::row);
        }
        state.finish();
    }

    /** The reading of one sheet: first its header, then its data rows. */
    private final class SheetState {
        private final String sheet;
        private final LayoutFinder finder = new LayoutFinder();
        private boolean anyRow;
        private SheetLayout layout;
        private MeasureSheetReader measures;
        private RegisterSheetReader register;
        private boolean inspectionSent;
        private Parsed.InspectionSheet inspection;

        SheetState(String sheet) {
            this.sheet = sheet;
        }

        boolean row(int row, Object[] cells, int width) {
            if ((++rows & 1023) == 0) {
                if (options.cancelled().getAsBoolean()) {
                    throw new ImportCancelledException();
                }
                options.progress().report(-1, -1, rows);
            }
            if (width > 0) {
                anyRow = true;
            }
            if (layout == null) {
                LayoutFinder.Step step = finder.offer(row, cells, width);
                switch (step) {
                    case FOUND -> {
                        begin(finder.layout());
                        return true;
                    }
                    case FOUND_KEEP_ROW -> begin(finder.layout());
                    case NONE -> {
                        return false;
                    }
                    default -> {
                        return true;
                    }
                }
            }
            if (measures != null) {
                return measures.row(row, cells, width);
            }
            return register.row(row, cells, width);
        }

        private void begin(SheetLayout l) {
            layout = l;
            Integer year = contextYear(l);
            if (l.kind() == SheetLayout.Kind.MEASURES) {
                inspection = inspectionOf(l);
                measures = new MeasureSheetReader(sheet, l, finder.headerNames(), year, options, this::emit, warnings,
                        departments);
            } else {
                register = new RegisterSheetReader(sheet, l, year, out, warnings);
            }
        }

        /** The visible columns the header named, in sheet order, each with the field it is read as. */
        private List<ImportPlan.ColumnUse> columnUses() {
            Map<Integer, Field> fields = new java.util.TreeMap<>();
            layout.columns().forEach((f, c) -> fields.put(c, f));
            Map<Integer, String> names = finder.headerNames();
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(fields.keySet());
            all.addAll(layout.extraColumns().keySet());
            List<ImportPlan.ColumnUse> out = new ArrayList<>();
            for (int c : all) {
                Field f = fields.get(c);
                if (f != null && ROUND_TRIP.contains(f)) {
                    continue;
                }
                String header = names.getOrDefault(c, layout.extraColumns().getOrDefault(c, ""));
                out.add(new ImportPlan.ColumnUse(org.apache.poi.ss.util.CellReference.convertNumToColString(c),
                        header, f == null ? null : f.name()));
            }
            return out;
        }

        private void emit(Parsed p) {
            if (!inspectionSent) {
                inspectionSent = true;
                out.accept(inspection);
            }
            out.accept(p);
        }

        void finish() {
            if (layout == null) {
                finder.finish().ifPresent(this::begin);
            }
            if (measures != null) {
                measures.finish();
                if (measures.measures() == 0 && measures.problems() == 0) {
                    notes.add(new ImportPlan.SheetNote(sheet, false, Messages.TEXTS.text("sheet.headerOnly")));
                } else {
                    notes.add(new ImportPlan.SheetNote(sheet, true,
                            Messages.TEXTS.text("sheet.measures",
                                    String.valueOf(measures.problems()), String.valueOf(measures.measures())),
                            columnUses()));
                }
            } else if (register != null) {
                notes.add(new ImportPlan.SheetNote(sheet, register.records() > 0,
                        Messages.TEXTS.text(layout.kind() == SheetLayout.Kind.ACCOUNTABILITY ? "sheet.accountability"
                                : "sheet.institutions", String.valueOf(register.records()))));
            } else if (!anyRow) {
                notes.add(new ImportPlan.SheetNote(sheet, false, Messages.TEXTS.text("sheet.empty")));
            } else {
                notes.add(new ImportPlan.SheetNote(sheet, false,
                        Messages.TEXTS.text("sheet.noHeader")));
            }
        }

        private Parsed.InspectionSheet inspectionOf(SheetLayout l) {
            String uid = meta.inspectionUidOf(sheet);
            String name = l.title() != null && !l.title().isBlank() ? l.title().strip() : sheet;
            // rounds under one title (a 巡察 and its 回头看 often share it) are told apart by their sheets
            if (sharedTitles.contains(name) && !name.equals(sheet)) {
                name = withSheet(name);
            }
            if (!namesGiven.add(name) && !name.equals(sheet)) {
                name = withSheet(name);
                namesGiven.add(name);
            }
            String unit = l.unit() == null ? "" : l.unit();
            LedgerTitle title = LedgerTitle.parse(l.title());
            Inspection i = new Inspection(0, name, unit, title.group(), null, null, null, l.reportDate(), 0,
                    title.roundKind(), title.issuingBody());
            if (uid != null) {
                i = new Inspection(0, name,
                        meta.hasInspectionField(uid, "inspected_unit") ? nz(meta.inspectionField(uid, "inspected_unit")) : unit,
                        meta.hasInspectionField(uid, "inspection_group")
                                ? nz(meta.inspectionField(uid, "inspection_group")) : title.group(),
                        meta.inspectionDate(uid, "start_date"), meta.inspectionDate(uid, "end_date"),
                        meta.inspectionDate(uid, "feedback_date"), l.reportDate(), 0,
                        meta.hasInspectionField(uid, "round_kind") ? nz(meta.inspectionField(uid, "round_kind"))
                                : title.roundKind(),
                        meta.hasInspectionField(uid, "issuing_body") ? nz(meta.inspectionField(uid, "issuing_body"))
                                : title.issuingBody());
            }
            return new Parsed.InspectionSheet(sheet, i, uid,
                    l.has(io.github.rectification.ledger.exchange.layout.Field.COMPLETED_ON),
                    l.has(io.github.rectification.ledger.exchange.layout.Field.SUPPORTING),
                    l.has(io.github.rectification.ledger.exchange.layout.Field.MEASURE_SEQ),
                    l.has(io.github.rectification.ledger.exchange.layout.Field.PROBLEM_DESCRIPTION), l.columns());
        }

        private String withSheet(String title) {
            return RoundName.withSheet(title, sheet);
        }

        private Integer contextYear(SheetLayout l) {
            if (l.reportDate() != null) {
                return l.reportDate().getYear();
            }
            for (String s : new String[] {l.title(), sheet}) {
                if (s != null) {
                    Matcher m = YEAR.matcher(s);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
