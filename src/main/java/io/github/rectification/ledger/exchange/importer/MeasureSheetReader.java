package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.export.ExportLayout;
import io.github.rectification.ledger.exchange.layout.Field;
import io.github.rectification.ledger.exchange.layout.HeaderSynonyms;
import io.github.rectification.ledger.exchange.layout.SheetLayout;
import io.github.rectification.ledger.exchange.read.CellRefs;
import io.github.rectification.ledger.exchange.values.CellText;
import io.github.rectification.ledger.exchange.values.DeadlineParser;
import io.github.rectification.ledger.exchange.values.StatusReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the data rows of a measure sheet into problems with their measures. A problem spans its
 * measure rows in any of the ways offices write it: merged cells, the same text on every row, or
 * text on the first row only; so a blank problem cell under a problem row means "same problem",
 * and a row with a different problem text (or, in an exported ledger, a different problem id)
 * starts the next one. A blank category continues the one above. Blank rows are skipped, and the
 * notes block at the bottom (填表说明 …) ends the sheet.
 */
final class MeasureSheetReader {
    private static final List<String> NOTES = List.of("填表说明", "填报说明", "说明:", "说明：", "注:", "注：",
            "备注:", "备注：", "附注", "填表人", "制表人", "审核人", "联系人:", "联系人：");
    private static final List<String> TOTALS = List.of("合计", "总计", "小计");

    private final String sheet;
    private final SheetLayout layout;
    private final Map<Integer, String> headerNames;
    private final Integer contextYear;
    private final ImportOptions options;
    private final Consumer<Parsed> out;
    private final List<ImportWarning> warnings;
    private final DepartmentReading departments;
    private final int cSeq;
    private final int cCategory;
    private final int cProblem;
    private final int cMeasure;
    private final int cLeader;
    private final int cDepartment;
    private final int cSupporting;
    private final int cPerson;
    private final int cDeadline;
    private final int cProgress;
    private final int cStatus;
    private final int cRemarks;
    private final int cCompleted;
    private final int cCloseOutRequest;
    private final boolean[] extraMerged;
    private final int headerRow;
    private final int cCloseOutNote;
    private final int cProblemUid;
    private final int cMeasureUid;
    private final int cParentUid;
    private final int cMeasureSeq;
    private final int cProblemDescription;
    private final int[] extraCols;
    /** The export's columns of attached files' names, shown and hidden; -1 when the sheet has none. */
    private final int cEvidenceShown;
    private final int cEvidenceWritten;
    private final String[] extraNames;

    private String category = "";
    private int problemRow;
    private String problemSeq;
    /** The measure label of the last measure row read, when the 序号 column numbers measures (1.1, ①); else null. */
    private SequenceLabels.MeasureLabel lastLabel;
    private String problemTitle;
    private String problemKey;
    private String problemCategory;
    private String problemUid;
    private String parentUid;
    private String problemDescription;
    private List<Parsed.MeasureRow> measures;
    private int problems;
    private int measureCount;

    MeasureSheetReader(String sheet, SheetLayout layout, Map<Integer, String> headerNames, Integer contextYear,
            ImportOptions options, Consumer<Parsed> out, List<ImportWarning> warnings, DepartmentReading departments) {
        this.sheet = sheet;
        this.departments = departments;
        this.layout = layout;
        this.headerNames = headerNames;
        this.contextYear = contextYear;
        this.options = options;
        this.out = out;
        this.warnings = warnings;
        cSeq = layout.column(Field.SEQ);
        cCategory = layout.column(Field.CATEGORY);
        cProblem = layout.column(Field.PROBLEM);
        cMeasure = layout.column(Field.MEASURE);
        cLeader = layout.column(Field.LEADER);
        cDepartment = layout.column(Field.DEPARTMENT);
        cSupporting = layout.column(Field.SUPPORTING);
        cPerson = layout.column(Field.PERSON);
        cDeadline = layout.column(Field.DEADLINE);
        cProgress = layout.column(Field.PROGRESS);
        cStatus = layout.column(Field.STATUS);
        cRemarks = layout.column(Field.REMARKS);
        cCompleted = layout.column(Field.COMPLETED_ON);
        cCloseOutRequest = layout.column(Field.CLOSE_OUT_REQUEST);
        cCloseOutNote = layout.column(Field.CLOSE_OUT_NOTE);
        cProblemUid = layout.column(Field.PROBLEM_UID);
        cMeasureUid = layout.column(Field.MEASURE_UID);
        cParentUid = layout.column(Field.PARENT_UID);
        cMeasureSeq = layout.column(Field.MEASURE_SEQ);
        cProblemDescription = layout.column(Field.PROBLEM_DESCRIPTION);
        // an export's names of the attached files: the shown column is read only where a text was
        // typed over what the export wrote beside it, hidden
        Map<Integer, String> extras = new java.util.TreeMap<>(layout.extraColumns());
        cEvidenceWritten = layout.column(Field.EVIDENCE_WRITTEN);
        cEvidenceShown = cEvidenceWritten < 0 ? -1 : extras.entrySet().stream()
                .filter(e -> e.getValue().strip().equals(ExportLayout.EVIDENCE_HEADER)).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
        extraCols = extras.keySet().stream().mapToInt(Integer::intValue).toArray();
        extraNames = extras.values().toArray(new String[0]);
        extraMerged = new boolean[extraCols.length];
        headerRow = layout.lastHeaderRow();
        if (cProblem < 0) {
            warnings.add(new ImportWarning(ImportWarning.Kind.NO_PROBLEM_COLUMN, sheet, layout.lastHeaderRow(), null,
                    "没有“存在问题”列:每条整改措施各算一个问题"));
        }
    }

    int problems() {
        return problems;
    }

    int measures() {
        return measureCount;
    }

    /** Reads one data row; false when the notes block begins and the rest of the sheet is not data. */
    boolean row(int row, Object[] cells, int width) {
        int first = firstFilled(cells, width);
        if (first < 0) {
            return true;
        }
        if (cells[first] instanceof String lead) {
            String s = lead.strip();
            for (String n : NOTES) {
                if (s.startsWith(n)) {
                    return false;
                }
            }
            String squeezed = s.replace(" ", "").replace("\u3000", "");
            if (TOTALS.contains(squeezed)) {
                return true;
            }
        }
        Object measureCell = at(cells, width, cMeasure);
        if (measureCell instanceof String m && m.length() <= 12
                && HeaderSynonyms.field(m).orElse(null) == Field.MEASURE) {
            return true; // the header repeated further down (a printed page's header)
        }
        String seq = CellText.trimmed(at(cells, width, cSeq));
        String cat = text(at(cells, width, cCategory));
        String title = text(at(cells, width, cProblem));
        String pUid = CellText.trimmed(at(cells, width, cProblemUid));
        if (!cat.isBlank()) {
            category = cat.strip();
        }
        boolean hasMeasure = !CellText.isBlank(measureCell);
        SequenceLabels.MeasureLabel label = SequenceLabels.measureLevel(seq).orElse(null);
        if (startsProblem(seq, label, title, pUid, hasMeasure)) {
            emitProblem();
            problemRow = row;
            // a measure's label in the 序号 column: the problem's number is the part before the point, if any
            problemSeq = label == null ? seq : label.problem() == null ? "" : label.problem();
            problemTitle = title.isBlank() && cProblem < 0 ? CellText.of(measureCell) : title;
            problemKey = problemTitle.strip();
            problemCategory = category;
            problemUid = pUid.isEmpty() ? null : pUid;
            String parent = CellText.trimmed(at(cells, width, cParentUid));
            parentUid = parent.isEmpty() ? null : parent;
            problemDescription = text(at(cells, width, cProblemDescription));
            measures = new ArrayList<>();
        } else if (problemTitle == null && !hasMeasure) {
            if (!seq.isEmpty() || !cat.isBlank() || isHeading(cells, width, first)) {
                if (cat.isBlank()) {
                    category = CellText.trimmed(cells[first]);
                }
                return true; // a category heading above the first problem
            }
        }
        if (!hasMeasure) {
            if (title.isBlank() && cat.isBlank() && isHeading(cells, width, first)) {
                category = CellText.trimmed(cells[first]); // a category heading between problems
            } else if (title.isBlank() && seq.isEmpty() && cat.isBlank()) {
                warnings.add(new ImportWarning(ImportWarning.Kind.EMPTY_MEASURE, sheet, row, column(cMeasure),
                        "整改措施为空,此行未导入"));
            }
            return true;
        }
        if (problemTitle == null) {
            warnings.add(new ImportWarning(ImportWarning.Kind.NO_PROBLEM, sheet, row, column(cProblem),
                    "没有对应的问题(存在问题为空),此行未导入"));
            return true;
        }
        lastLabel = label;
        measures.add(new Parsed.MeasureRow(row, blankToNull(CellText.trimmed(at(cells, width, cMeasureUid))),
                measure(row, cells, width, CellText.of(measureCell), label == null ? "" : seq)));
        return true;
    }

    /**
     * Whether a row starts the next problem: a new problem text (or id), or, under the same text, a
     * new problem label. A measure label (1.1 → 1.2, ① → ②) that follows the last one continues the
     * problem; one that starts again (① after ③, 2.1 after 1.3) is the next problem's first measure.
     */
    private boolean startsProblem(String seq, SequenceLabels.MeasureLabel label, String title, String pUid,
            boolean hasMeasure) {
        if (problemTitle == null) {
            return !title.isBlank() || (cProblem < 0 && hasMeasure);
        }
        if (cProblem < 0) {
            return hasMeasure;
        }
        if (!pUid.isEmpty()) {
            return !pUid.equals(problemUid);
        }
        if (title.isBlank()) {
            return false;
        }
        if (!withoutContinuation(title.strip()).equals(problemKey)) {
            return true;
        }
        if (label != null) {
            return lastLabel == null || !lastLabel.followedBy(label);
        }
        return !seq.isEmpty() && !seq.equals(problemSeq);
    }

    /** A problem's text as a printed ledger repeats it on the next page, without the （续） before it. */
    private static String withoutContinuation(String title) {
        for (String mark : ExportLayout.CONTINUED_MARKS) {
            if (title.startsWith(mark)) {
                return title.substring(mark.length()).strip();
            }
        }
        return title;
    }

    /** A row holding a single text and nothing else, such as 一、党的建设方面 across the sheet. */
    private static boolean isHeading(Object[] cells, int width, int first) {
        for (int c = first + 1; c < width; c++) {
            if (!CellText.isBlank(cells[c])) {
                return false;
            }
        }
        return cells[first] instanceof String;
    }

    /** A measure row; {@code label} is its measure label from the 序号 column, or empty. */
    private Measure measure(int row, Object[] cells, int width, String text, String label) {
        Object deadlineCell = at(cells, width, cDeadline);
        DeadlineParser.Result d = DeadlineParser.read(deadlineCell, contextYear);
        if (!d.understood()) {
            warnings.add(new ImportWarning(ImportWarning.Kind.UNREADABLE_DEADLINE, sheet, row, column(cDeadline),
                    "整改时限“" + CellText.trimmed(deadlineCell) + "”不是可识别的日期,原文已保留",
                    CellText.trimmed(deadlineCell)));
        }
        Deadline deadline = d.deadline();
        StatusReading.Result s = StatusReading.read(at(cells, width, cStatus), deadline,
                at(cells, width, cProgress));
        Status status = s.status();
        if (s.outcome() == StatusReading.Outcome.UNKNOWN) {
            status = options.statusFor(s.word());
            warnings.add(new ImportWarning(ImportWarning.Kind.UNKNOWN_STATUS, sheet, row, column(cStatus),
                    UnknownStatus.message(s.word(), status), s.word()));
        }
        LocalDate completedOn = null;
        Object completedCell = at(cells, width, cCompleted);
        if (completedCell instanceof LocalDate date) {
            completedOn = date;
        } else if (!CellText.isBlank(completedCell)) {
            completedOn = DeadlineParser.date(CellText.of(completedCell), contextYear).orElse(null);
        }
        String remarks = text(at(cells, width, cRemarks));
        closeOutRequest(row, cells, width, text);
        String evidenceWritten = cEvidenceWritten < 0 ? null : CellText.of(at(cells, width, cEvidenceWritten)).strip();
        for (int i = 0; i < extraCols.length; i++) {
            Object v = at(cells, width, extraCols[i]);
            if (extraCols[i] == cEvidenceShown && CellText.of(v).strip().equals(evidenceWritten)) {
                continue;
            }
            if (!CellText.isBlank(v)) {
                extraMerged[i] = true;
                remarks = remarks.isEmpty() ? extraNames[i] + ":" + CellText.of(v)
                        : remarks + "\n" + extraNames[i] + ":" + CellText.of(v);
            }
        }
        measureCount++;
        String department = departments.read(trimmed(at(cells, width, cDepartment)), sheet, row, column(cDepartment));
        List<String> supporting = departments.read(names(at(cells, width, cSupporting)), sheet, row,
                column(cSupporting));
        String seq = trimmed(at(cells, width, cMeasureSeq));
        return new Measure(0, 0, seq.isEmpty() ? label : seq, text, trimmed(at(cells, width, cLeader)),
                department, supporting, trimmed(at(cells, width, cPerson)), deadline, status, completedOn,
                text(at(cells, width, cProgress)), remarks, 0);
    }

    /**
     * A department's request for 销号 in its return is not 销号 itself: the office checks the evidence
     * and decides. The import says where it was asked, with its note; the measure is unchanged.
     */
    private void closeOutRequest(int row, Object[] cells, int width, String text) {
        String asked = trimmed(at(cells, width, cCloseOutRequest));
        if (!"是".equals(asked) && !"申请".equals(asked)) {
            return;
        }
        String note = trimmed(at(cells, width, cCloseOutNote));
        warnings.add(new ImportWarning(ImportWarning.Kind.CLOSE_OUT_REQUESTED, sheet, row, column(cCloseOutRequest),
                Messages.TEXTS.text("closeout.requested",
                shorten(text), note.isEmpty() ? "" : Messages.TEXTS.text("closeout.note", note))));
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() <= 20 ? t : t.substring(0, 20) + "…";
    }

    /** Emits the problem being read, if any, and says which other columns went into 备注. */
    void finish() {
        emitProblem();
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < extraCols.length; i++) {
            if (extraMerged[i]) {
                merged.add(Messages.TEXTS.text("columns.name", extraNames[i]));
            }
        }
        if (!merged.isEmpty()) {
            warnings.add(new ImportWarning(ImportWarning.Kind.MERGED_COLUMNS, sheet, headerRow, null,
                    Messages.TEXTS.text("columns.merged",
                    String.join(Messages.TEXTS.text("noLedger.and"), merged))));
        }
    }

    private void emitProblem() {
        if (problemTitle == null) {
            return;
        }
        problems++;
        Problem p = new Problem(0, 0, null, problemSeq, problemCategory, problemTitle, problemDescription, 0);
        out.accept(new Parsed.ProblemRows(sheet, problemRow, problemUid, parentUid, p, List.copyOf(measures)));
        problemTitle = null;
        problemKey = null;
        problemUid = null;
        measures = null;
    }

    private String column(int c) {
        return c < 0 ? null : CellRefs.column(c);
    }

    private static List<String> names(Object v) {
        return NameLists.split(CellText.trimmed(v));
    }

    private static Object at(Object[] cells, int width, int c) {
        return c < 0 || c >= width ? null : cells[c];
    }

    private static String text(Object v) {
        return CellText.of(v);
    }

    private static String trimmed(Object v) {
        return CellText.trimmed(v);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static int firstFilled(Object[] cells, int width) {
        for (int c = 0; c < width; c++) {
            if (!CellText.isBlank(cells[c])) {
                return c;
            }
        }
        return -1;
    }
}
