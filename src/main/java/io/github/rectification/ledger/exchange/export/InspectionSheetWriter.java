package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes one inspection as the office's ledger sheet: title, 填报单位/填报日期 line, header, then one
 * row per measure with the problem's cells merged over its measures, and the hidden stable ids.
 * Measures are streamed from the store, so a sheet of any size needs little memory.
 */
final class InspectionSheetWriter {
    private static final float MIN_ROW_POINTS = 22f;
    private static final float MAX_ROW_POINTS = 409f;

    private final Sheet sheet;
    private final ExportStyles styles;
    private final LedgerStore store;
    private final Map<Long, String> problemUids;
    private final Counter counter;
    private final ColumnWidths widths = new ColumnWidths();

    private int rowIndex = FIRST_DATA_ROW;
    private int problemIndex;
    private int problemFirstRow = -1;
    private float problemRowPoints;

    /** Counts the measures written across the workbook and reports progress. */
    interface Counter {
        void measureWritten();
    }

    InspectionSheetWriter(Sheet sheet, ExportStyles styles, LedgerStore store, Map<Long, String> problemUids,
            Counter counter) {
        this.sheet = sheet;
        this.styles = styles;
        this.store = store;
        this.problemUids = problemUids;
        this.counter = counter;
    }

    /** Writes the sheet; returns the number of measures written. */
    long write(Inspection inspection, List<Problem> problems) {
        writeTop(inspection);
        Map<Long, Problem> byId = new HashMap<>();
        problems.forEach(p -> byId.put(p.id(), p));
        long measures = 0;
        try (MeasureFeed feed = new MeasureFeed(store, problems.stream().map(Problem::id).toList())) {
            for (MeasureFeed.Item item = feed.next(); item != null; item = feed.next()) {
                Measure m = item.measure();
                while (problems.get(problemIndex).id() != m.problemId()) {
                    finishProblem(problems.get(problemIndex), byId);
                    problemIndex++;
                }
                writeMeasureRow(problems.get(problemIndex), byId, m, item.uid());
                measures++;
                counter.measureWritten();
            }
        }
        for (; problemIndex < problems.size(); problemIndex++) {
            finishProblem(problems.get(problemIndex), byId);
        }
        finishSheet();
        return measures;
    }

    private void writeTop(Inspection inspection) {
        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(40);
        styledCells(title, styles.title, COLUMNS.size());
        title.getCell(0).setCellValue(titleOf(inspection));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));

        Row info = sheet.createRow(INFO_ROW);
        info.setHeightInPoints(24);
        styledCells(info, styles.info, COLUMNS.size());
        info.getCell(0).setCellValue("填报单位:" + nonNull(inspection.inspectedUnit()) + "          填报日期:"
                + chineseDate(inspection.reportDate()));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(INFO_ROW, INFO_ROW, 0, COLUMNS.size() - 1));

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(COLUMNS.get(c));
        }
        for (int k = 0; k < UID_COLUMNS.size(); k++) {
            Cell cell = header.createCell(PROBLEM_UID + k);
            cell.setCellStyle(styles.plain);
            cell.setCellValue(UID_COLUMNS.get(k));
        }
    }

    /** The ledger's title: the inspection's name, or the usual wording built from unit and group. */
    static String titleOf(Inspection i) {
        if (i.name() != null && !i.name().isBlank()) {
            return i.name();
        }
        return "中共" + nonNull(i.inspectedUnit()) + "关于" + nonNull(i.inspectionGroup()) + "反馈意见整改落实台账";
    }

    private void writeMeasureRow(Problem p, Map<Long, Problem> byId, Measure m, String measureUid) {
        Row row = problemRow(p, byId);
        float lines = 1;
        lines = Math.max(lines, text(row, MEASURE, m.text(), styles.text));
        lines = Math.max(lines, text(row, LEADER, m.leader(), styles.centered));
        lines = Math.max(lines, text(row, DEPARTMENT, m.department(), styles.centered));
        lines = Math.max(lines, text(row, SUPPORTING, NameLists.join(m.supportingDepartments()),
                styles.centered));
        lines = Math.max(lines, text(row, PERSON, m.person(), styles.centered));
        lines = Math.max(lines, deadline(row, m.deadline()));
        lines = Math.max(lines, text(row, PROGRESS, m.progress(), styles.text));
        lines = Math.max(lines, text(row, STATUS, m.status().word(), styles.centered));
        date(row, COMPLETED_ON, m.completedOn());
        lines = Math.max(lines, text(row, REMARKS, m.remarks(), styles.text));
        row.createCell(MEASURE_UID).setCellValue(measureUid);
        hidden(row, MEASURE_SEQ, m.seq());
        setHeight(row, lines);
    }

    /** The next row, with the problem's cells filled on its first row and blank (merged) below. */
    private Row problemRow(Problem p, Map<Long, Problem> byId) {
        Row row = sheet.createRow(rowIndex);
        boolean first = problemFirstRow < 0;
        if (first) {
            problemFirstRow = rowIndex;
            problemRowPoints = 0;
            text(row, SEQ, seqOf(p, byId), styles.centered);
            text(row, CATEGORY, p.category(), styles.centered);
            text(row, PROBLEM, p.title(), styles.text);
            hidden(row, PROBLEM_DESCRIPTION, p.description());
        } else {
            row.createCell(SEQ).setCellStyle(styles.centered);
            row.createCell(CATEGORY).setCellStyle(styles.centered);
            row.createCell(PROBLEM).setCellStyle(styles.text);
        }
        row.createCell(PROBLEM_UID).setCellValue(problemUids.getOrDefault(p.id(), ""));
        Problem parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent != null) {
            row.createCell(PARENT_UID).setCellValue(problemUids.getOrDefault(parent.id(), ""));
        }
        rowIndex++;
        return row;
    }

    /** A sub-problem's sequence carries its parent's in front, e.g. (一)1. */
    private static String seqOf(Problem p, Map<Long, Problem> byId) {
        String seq = nonNull(p.seq());
        Problem parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent == null) {
            return seq;
        }
        String parentSeq = seqOf(parent, byId);
        return seq.startsWith(parentSeq) ? seq : parentSeq + seq;
    }

    /** Closes a problem: merges its cells over its rows, makes the rows tall enough for its text. */
    private void finishProblem(Problem p, Map<Long, Problem> byId) {
        if (problemFirstRow < 0) {
            Row row = problemRow(p, byId);
            for (int c = MEASURE; c <= REMARKS; c++) {
                row.createCell(c).setCellStyle(c == MEASURE || c == PROGRESS || c == REMARKS ? styles.text
                        : styles.centered);
            }
            setHeight(row, 1);
        }
        int last = rowIndex - 1;
        int lines = Math.max(TextWidth.lines(p.title(), ColumnWidths.wrapWidth(PROBLEM)),
                TextWidth.lines(p.category(), ColumnWidths.wrapWidth(CATEGORY)));
        float needed = lines * ExportStyles.LINE_POINTS + 6;
        if (needed > problemRowPoints) {
            Row lastRow = sheet.getRow(last);
            if (lastRow != null) {
                lastRow.setHeightInPoints(Math.min(MAX_ROW_POINTS,
                        lastRow.getHeightInPoints() + needed - problemRowPoints));
            }
        }
        if (last > problemFirstRow) {
            for (int c = SEQ; c <= PROBLEM; c++) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(problemFirstRow, last, c, c));
            }
        }
        problemFirstRow = -1;
    }

    private void setHeight(Row row, float lines) {
        float points = Math.min(MAX_ROW_POINTS, Math.max(MIN_ROW_POINTS, lines * ExportStyles.LINE_POINTS + 6));
        row.setHeightInPoints(points);
        problemRowPoints += points;
    }

    /** Writes a text cell and returns the lines it wraps to. */
    private int text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value == null || value.isEmpty()) {
            return 1;
        }
        checkLength(row, column, value);
        cell.setCellValue(value);
        widths.fit(column, value);
        return TextWidth.lines(value, ColumnWidths.wrapWidth(column));
    }

    /** Writes a hidden round-trip cell (no style, no width), when there is something to write. */
    private void hidden(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            checkLength(row, column, value);
            row.createCell(column).setCellValue(value);
        }
    }

    private void checkLength(Row row, int column, String value) {
        if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            String name = column < COLUMNS.size() ? COLUMNS.get(column) : UID_COLUMNS.get(column - PROBLEM_UID);
            throw new IllegalArgumentException("工作表“" + sheet.getSheetName() + "”第 " + (row.getRowNum() + 1)
                    + " 行“" + name + "”的文字有 " + value.length() + " 字,超过 Excel 单元格上限 "
                    + SpreadsheetVersion.EXCEL2007.getMaxTextLength() + " 字");
        }
    }

    /** A date cell in the ledger's date format; a styled blank cell when there is no date. */
    private void date(Row row, int column, LocalDate d) {
        if (d == null) {
            text(row, column, null, styles.centered);
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date);
        cell.setCellValue(d);
        widths.fit(column, chineseDate(d));
    }

    /** The deadline as the ledger wrote it, else a date cell, else the kind's word. */
    private int deadline(Row row, Deadline d) {
        if (d.text() == null && d.hasDate()) {
            date(row, DEADLINE, d.date());
            return 1;
        }
        return text(row, DEADLINE, d.display(), styles.centered);
    }

    private void finishSheet() {
        for (int c = 0; c < ColumnWidths.count(); c++) {
            sheet.setColumnWidth(c, widths.width(c) * 256);
        }
        for (int c = PROBLEM_UID; c < PROBLEM_UID + UID_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, 38 * 256);
            sheet.setColumnHidden(c, true);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        statusDropDown();
        printSetup();
    }

    private void statusDropDown() {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] words = Arrays.stream(Status.values()).map(Status::word).toArray(String[]::new);
        DataValidationConstraint constraint = helper.createExplicitListConstraint(words);
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation v = helper.createValidation(constraint,
                new CellRangeAddressList(FIRST_DATA_ROW, lastRow, STATUS, STATUS));
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("完成情况", "请从下拉列表中选择:" + String.join("、", words));
        v.setShowPromptBox(false);
        sheet.addValidationData(v);
    }

    private void printSetup() {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter(FOOTER);
    }

    private static void styledCells(Row row, CellStyle style, int count) {
        for (int c = 0; c < count; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    static String chineseDate(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
