package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Turns an inspection's measures, as they come from the export plan problem after problem, into the
 * row XML of its sheet: one row per measure with the problem's cells on its first row (blank and
 * merged below), a row for a problem without measures, the hidden stable ids, and row heights that
 * fit the wrapped texts. Output is handed on in chunks of about {@value #CHUNK_BYTES} bytes.
 * <p>
 * The rows are laid on printed pages as they are written: a problem that fits on a page but not in
 * what is left of the current one starts a new page; a problem taller than a page is split between
 * measures, and each continuation starts with the problem's label ({@value ExportLayout#CONTINUED}
 * before its text), its cells merged over that page's part only.
 */
final class MeasureRows {
    static final int CHUNK_BYTES = 1 << 16;
    private static final float MIN_ROW_POINTS = 22f;
    private static final float MAX_ROW_POINTS = 409f;

    private final String sheetName;
    private final List<Problem> problems;
    private final Map<Long, Problem> byId = new HashMap<>();
    private final Map<Long, String> problemUids;
    private final Map<Long, Integer> expected;
    private final ExportStyles.Indexes style;
    private final ChunkFeed.Sink sink;
    private final Map<LocalDate, Double> excelDates = new HashMap<>();
    private final Pages pageSource;
    private PageBreaks pages;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    /** The label cells of a continuation row. */
    private final SheetDataXml label = new SheetDataXml();

    private final SheetDataXml out = new SheetDataXml();
    /** The cells of the current problem's rows, written out once the problem's row heights are known. */
    private final SheetDataXml cells = new SheetDataXml();
    private int[] rowEnds = new int[16];
    /** Where each row's cells after the problem's label cells start. */
    private int[] labelEnds = new int[16];
    private float[] rowPoints = new float[16];
    private int rowsOfProblem;
    private int rowIndex = FIRST_DATA_ROW;
    private int problemIndex;
    private int measuresOfProblem;
    private int measuresInChunk;
    /** The names attached to each measure, by stable id. */
    private final Map<String, String> evidence;

    /** The pages the rows are laid on, known once the sheet's columns are sized; may wait for them. */
    @FunctionalInterface
    interface Pages {
        PageBreaks get();
    }

    /** {@code counts}: the number of measures of each problem, as counted before they are read. */
    MeasureRows(String sheetName, List<Problem> problems, Map<Long, String> problemUids, Map<Long, Integer> counts,
            ExportStyles.Indexes style, Pages pages, ChunkFeed.Sink sink, Map<String, String> evidence) {
        this.evidence = evidence;
        this.sheetName = sheetName;
        this.pageSource = pages;
        this.problems = problems;
        this.problemUids = problemUids;
        this.expected = counts;
        this.style = style;
        this.sink = sink;
        problems.forEach(p -> byId.put(p.id(), p));
    }

    /** The next measure, in the order of the problems, each problem's in display order. */
    void measure(Measure m, String uid) {
        finishCompleteProblems();
        if (problemIndex == problems.size() || problems.get(problemIndex).id() != m.problemId()) {
            throw changed();
        }
        writeMeasureRow(problems.get(problemIndex), measuresOfProblem == 0, m, uid);
        measuresOfProblem++;
        measuresInChunk++;
    }

    /** The merged problem cells of the rows written, after {@link #end}. */
    List<CellRangeAddress> merged() {
        return merged;
    }

    /** The manual page breaks of the rows written (0-based index of the row above), after {@link #end}. */
    int[] breaks() {
        return pages == null ? new int[0] : pages.breaks();
    }

    /** After the last measure: the remaining problems, and the last chunk. */
    void end() {
        finishCompleteProblems();
        if (problemIndex < problems.size()) {
            throw changed();
        }
        hand();
    }

    /** Closes every problem whose measures have all come (problems without measures at once). */
    private void finishCompleteProblems() {
        while (problemIndex < problems.size()) {
            Problem p = problems.get(problemIndex);
            int count = expected.getOrDefault(p.id(), 0);
            if (measuresOfProblem < count) {
                return;
            }
            if (count == 0) {
                writeEmptyProblemRow(p);
            }
            finishProblem(p);
            problemIndex++;
            measuresOfProblem = 0;
            if (out.length() >= CHUNK_BYTES) {
                hand();
            }
        }
    }

    private void hand() {
        int length = out.length();
        sink.hand(new ChunkFeed.Chunk(out.take(sink.spare()), length, measuresInChunk));
        measuresInChunk = 0;
    }

    private IllegalStateException changed() {
        return new IllegalStateException(Messages.TEXTS.text("changed", sheetName));
    }

    private void writeMeasureRow(Problem p, boolean first, Measure m, String measureUid) {
        problemCells(p, first);
        float lines = 1;
        lines = Math.max(lines, text(MEASURE, m.text(), style.text()));
        lines = Math.max(lines, text(LEADER, m.leader(), style.centered()));
        lines = Math.max(lines, text(DEPARTMENT, m.department(), style.centered()));
        lines = Math.max(lines, text(SUPPORTING, NameLists.join(m.supportingDepartments()), style.centered()));
        lines = Math.max(lines, text(PERSON, m.person(), style.centered()));
        lines = Math.max(lines, deadline(m.deadline()));
        lines = Math.max(lines, text(PROGRESS, m.progress(), style.text()));
        lines = Math.max(lines, text(STATUS, m.status().word(), style.centered()));
        date(COMPLETED_ON, m.completedOn());
        lines = Math.max(lines, text(REMARKS, m.remarks(), style.text()));
        uidCells(p);
        hidden(MEASURE_UID, measureUid);
        hidden(MEASURE_SEQ, m.seq());
        if (first) {
            hidden(PROBLEM_DESCRIPTION, p.description());
        }
        String names = measureUid == null ? null : evidence.get(measureUid);
        if (names != null) {
            checkLength(EVIDENCE, names);
            cells.text(EVIDENCE, style.plain(), names);
            hidden(EVIDENCE_WRITTEN, names);
        }
        endRow(lines);
    }

    /** A problem without measures still gets its row, with empty measure cells. */
    private void writeEmptyProblemRow(Problem p) {
        problemCells(p, true);
        for (int c = MEASURE; c <= REMARKS; c++) {
            cells.blank(c, c == MEASURE || c == PROGRESS || c == REMARKS ? style.text() : style.centered());
        }
        uidCells(p);
        hidden(PROBLEM_DESCRIPTION, p.description());
        endRow(1);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[1-9]\\d{0,8}");

    /** The problem's cells: filled on its first row, blank (merged) below. */
    private void problemCells(Problem p, boolean first) {
        cells.cellsOfRow(rowIndex);
        if (first) {
            labelCells(cells, p, "");
        } else {
            cells.blank(SEQ, style.centered());
            cells.blank(CATEGORY, style.centered());
            cells.blank(PROBLEM, style.text());
        }
        if (rowsOfProblem == labelEnds.length) {
            labelEnds = Arrays.copyOf(labelEnds, rowsOfProblem * 2);
        }
        labelEnds[rowsOfProblem] = cells.length();
    }

    /** The problem's label: sequence, category and text, the text after {@code prefix}. */
    private void labelCells(SheetDataXml target, Problem p, String prefix) {
        String seq = seqOf(p, byId);
        if (PLAIN_NUMBER.matcher(seq).matches()) {
            // a plain number is stored as one, so that the sheet sorts and sums it as Excel users expect
            target.number(SEQ, style.centered(), Integer.parseInt(seq));
        } else {
            text(target, SEQ, seq, style.centered());
        }
        text(target, CATEGORY, p.category(), style.centered());
        text(target, PROBLEM, p.title() == null ? null : prefix + p.title(), style.text());
    }

    private void uidCells(Problem p) {
        hidden(PROBLEM_UID, problemUids.getOrDefault(p.id(), ""));
        Problem parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent != null) {
            hidden(PARENT_UID, problemUids.getOrDefault(parent.id(), ""));
        }
    }

    private void endRow(float lines) {
        if (rowsOfProblem == rowEnds.length) {
            rowEnds = Arrays.copyOf(rowEnds, rowsOfProblem * 2);
            rowPoints = Arrays.copyOf(rowPoints, rowsOfProblem * 2);
        }
        rowEnds[rowsOfProblem] = cells.length();
        rowPoints[rowsOfProblem] = Math.min(MAX_ROW_POINTS,
                Math.max(MIN_ROW_POINTS, lines * ExportStyles.LINE_POINTS + 6));
        rowsOfProblem++;
        rowIndex++;
    }

    /**
     * Closes a problem: makes its rows tall enough for its text, lays them on the pages, then writes
     * them out.
     */
    private void finishProblem(Problem p) {
        float rowsPoints = 0;
        for (int k = 0; k < rowsOfProblem; k++) {
            rowsPoints += rowPoints[k];
        }
        int lines = Math.max(TextWidth.lines(p.title(), ColumnWidths.wrapWidth(PROBLEM)),
                TextWidth.lines(p.category(), ColumnWidths.wrapWidth(CATEGORY)));
        float needed = lines * ExportStyles.LINE_POINTS + 6;
        int last = rowsOfProblem - 1;
        if (needed > rowsPoints) {
            float grown = Math.min(MAX_ROW_POINTS, rowPoints[last] + needed - rowsPoints);
            rowsPoints += grown - rowPoints[last];
            rowPoints[last] = grown;
        }
        int firstRow = rowIndex - rowsOfProblem;
        PageBreaks pages = pages();
        if (!pages.fits(rowsPoints) && pages.fitsAPage(rowsPoints)) {
            pages.breakBefore(firstRow); // kept whole on the next page
        }
        int from = 0;
        int partStart = 0;
        for (int k = 0; k < rowsOfProblem; k++) {
            int row = firstRow + k;
            boolean continued = false;
            if (!pages.fits(rowPoints[k]) && !pages.pageEmpty()) {
                pages.breakBefore(row);
                if (k > 0) {
                    mergeProblemCells(firstRow + partStart, row - 1);
                    partStart = k;
                    continued = true;
                }
            }
            pages.place(rowPoints[k]);
            out.startRow(row, rowPoints[k]);
            if (continued) {
                label.clear();
                label.cellsOfRow(row);
                labelCells(label, p, CONTINUED);
                out.append(label, 0, label.length());
                out.append(cells, labelEnds[k], rowEnds[k]);
            } else {
                out.append(cells, from, rowEnds[k]);
            }
            out.endRow();
            from = rowEnds[k];
        }
        mergeProblemCells(firstRow + partStart, firstRow + rowsOfProblem - 1);
        cells.clear();
        rowsOfProblem = 0;
    }

    private PageBreaks pages() {
        if (pages == null) {
            pages = pageSource.get();
        }
        return pages;
    }

    /** Merges the problem's cells (序号, 类别, 问题) over these rows, when they are more than one. */
    private void mergeProblemCells(int first, int last) {
        if (last > first) {
            for (int c = SEQ; c <= PROBLEM; c++) {
                merged.add(new CellRangeAddress(first, last, c, c));
            }
        }
    }

    /** A sub-problem's sequence carries its parent's in front, e.g. (一)1. */
    static String seqOf(Problem p, Map<Long, Problem> byId) {
        String seq = p.seq() == null ? "" : p.seq();
        Problem parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent == null) {
            return seq;
        }
        String parentSeq = seqOf(parent, byId);
        return seq.startsWith(parentSeq) ? seq : parentSeq + seq;
    }

    /** Writes a styled text cell (blank when empty) and returns the lines it wraps to. */
    private int text(int column, String value, int cellStyle) {
        return text(cells, column, value, cellStyle);
    }

    private int text(SheetDataXml target, int column, String value, int cellStyle) {
        if (value == null || value.isEmpty()) {
            target.blank(column, cellStyle);
            return 1;
        }
        checkLength(column, value);
        target.text(column, cellStyle, value);
        return TextWidth.lines(value, ColumnWidths.wrapWidth(column));
    }

    /** Writes a hidden round-trip cell, when there is something to write. */
    private void hidden(int column, String value) {
        if (value != null && !value.isEmpty()) {
            checkLength(column, value);
            cells.text(column, style.plain(), value);
        }
    }

    private void checkLength(int column, String value) {
        if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            String name = column < COLUMNS.size() ? COLUMNS.get(column) : UID_COLUMNS.get(column - PROBLEM_UID);
            throw new IllegalArgumentException(Messages.TEXTS.text("cell.tooLong", sheetName, String.valueOf(rowIndex + 1), name,
                    String.valueOf(value.length()), String.valueOf(SpreadsheetVersion.EXCEL2007.getMaxTextLength())));
        }
    }

    /** A date cell in the ledger's date format; a styled blank cell when there is no date. */
    private void date(int column, LocalDate d) {
        if (d == null) {
            cells.blank(column, style.centered());
            return;
        }
        cells.number(column, style.date(), excelDates.computeIfAbsent(d, DateUtil::getExcelDate));
    }

    /** A deadline without its own text and with a date is a date cell; other deadlines are their text. */
    static boolean isDateCell(Deadline d) {
        return d.text() == null && d.hasDate();
    }

    /** The deadline as the ledger wrote it, else a date cell, else the kind's word. */
    private int deadline(Deadline d) {
        if (isDateCell(d)) {
            date(DEADLINE, d.date());
            return 1;
        }
        return text(DEADLINE, d.display(), style.centered());
    }
}
