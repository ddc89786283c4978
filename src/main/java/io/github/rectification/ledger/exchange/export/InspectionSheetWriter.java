package io.github.rectification.ledger.exchange.export;

import static io.github.rectification.ledger.exchange.export.ExportLayout.*;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.MeasureValues;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes one inspection as the office's ledger sheet: title, 填报单位/填报日期 line, header, then one
 * row per measure with the problem's cells merged over its measures, and the hidden stable ids.
 * <p>
 * In steps: {@link #layout} gives the sheet what every ledger sheet has (frozen header, status
 * drop-down, print setup), {@link #prepare} and {@link #fitWidths} what depends on its content
 * (the rows' extent from the measure counts, column widths from the distinct values, and from them
 * the room a printed page has), all with POI before the workbook is written; then, while the
 * workbook is written, {@link #writeRows} streams the plan's measures straight into the package as
 * row XML, built on a thread of their own and laid on pages as they come, so a sheet of any size
 * needs no temporary file; the merged problem cells and page breaks follow the rows. Everything
 * comes from the {@link ExportPlan.Sheet}: the store is not asked.
 */
final class InspectionSheetWriter {
    private final Sheet sheet;
    private final ExportStyles.Indexes style;
    private final Map<Long, String> problemUids;
    private final Counter counter;
    private final Inspection inspection;
    private final List<Problem> problems;
    private final Map<Long, Integer> counts;
    private final List<ExportPlan.MeasureRow> rows;
    private final Map<Long, Problem> byId = new HashMap<>();
    /** The names attached to each measure, by stable id; empty when the ledger holds no evidence. */
    private final Map<String, String> evidence;

    private ChunkFeed feed;
    private long measures;
    /** The pages the rows are laid on, known once the columns are sized ({@link #fitWidths}). */
    private final CompletableFuture<PageBreaks> pages = new CompletableFuture<>();
    /** The rows as written, with their merged cells and page breaks, once all are written. */
    private volatile MeasureRows written;

    /** Heights of the rows above the measures: title, 填报单位 line, header (repeated on every page). */
    private static final float TITLE_POINTS = 40;
    private static final float INFO_POINTS = 24;
    private static final float HEADER_POINTS = 30;
    /**
     * The part of a page the rows are laid on: a little less than the whole, so that a spreadsheet
     * whose scale or row heights come out a little larger than worked out here still breaks where
     * this sheet says and not a row earlier.
     */
    private static final double PAGE_SAFETY = 0.95;

    /** Counts the measures written across the workbook and reports progress. */
    interface Counter {
        void measuresWritten(int count);
    }

    InspectionSheetWriter(Sheet sheet, ExportStyles styles, Map<Long, String> problemUids, Counter counter,
            ExportPlan.Sheet planned, Map<String, String> evidence) {
        this.evidence = evidence;
        this.sheet = sheet;
        this.style = styles.indexes();
        this.problemUids = problemUids;
        this.counter = counter;
        this.inspection = planned.inspection();
        this.problems = planned.problems();
        this.counts = planned.counts();
        this.rows = planned.rows();
        problems.forEach(p -> byId.put(p.id(), p));
    }

    /** The number of measures written (after {@link #writeRows}). */
    long measures() {
        return measures;
    }

    // ------------------------------------------------------------ before the workbook is written

    /**
     * Fits the sheet to its measure counts (dimension, hidden id columns) and has its rows written by
     * {@link #writeRows} when the workbook is written; the column widths follow with
     * {@link #fitWidths}.
     */
    void prepare() {
        int rows = 0;
        for (Problem p : problems) {
            rows += Math.max(1, counts.getOrDefault(p.id(), 0));
        }
        if ((long) FIRST_DATA_ROW + rows > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException(Messages.TEXTS.text("sheet.tooManyRows", sheet.getSheetName(),
                    String.valueOf(FIRST_DATA_ROW + rows), String.valueOf(SpreadsheetVersion.EXCEL2007.getMaxRows())));
        }
        // the visible columns first: POI writes the columns in the order they were first given
        ColumnWidths none = new ColumnWidths();
        for (int c = 0; c < ColumnWidths.count(); c++) {
            sheet.setColumnWidth(c, none.width(c) * 256);
        }
        for (int c = PROBLEM_UID; c < PROBLEM_UID + UID_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, 38 * 256);
            sheet.setColumnHidden(c, true);
        }
        if (!evidence.isEmpty()) {
            sheet.setColumnWidth(EVIDENCE, 30 * 256);
            sheet.setColumnWidth(EVIDENCE_WRITTEN, 30 * 256);
            sheet.setColumnHidden(EVIDENCE_WRITTEN, true);
        }
        ((StreamingWorkbook) sheet.getWorkbook()).injectRows(sheet,
                new CellRangeAddress(TITLE_ROW, FIRST_DATA_ROW + rows - 1, 0,
                        evidence.isEmpty() ? PROBLEM_DESCRIPTION : EVIDENCE_WRITTEN),
                new StreamingWorkbook.SheetRows() {
                    @Override
                    public void write(OutputStream sheetData) throws IOException {
                        writeRows(sheetData);
                    }

                    @Override
                    public List<CellRangeAddress> merged() {
                        List<CellRangeAddress> merged = new ArrayList<>();
                        merged.add(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));
                        merged.add(new CellRangeAddress(INFO_ROW, INFO_ROW, 0, COLUMNS.size() - 1));
                        merged.addAll(rowsWritten().merged());
                        return merged;
                    }

                    @Override
                    public int[] rowBreaks() {
                        return rowsWritten().breaks();
                    }
                });
    }

    private MeasureRows rowsWritten() {
        MeasureRows rows = written;
        if (rows == null) {
            throw new IllegalStateException(sheet.getSheetName() + ": merged cells asked for before the rows were written");
        }
        return rows;
    }

    /**
     * Sizes the visible columns to the values they will show; a 配合部门 or 备注 column no measure fills
     * is hidden, so it takes no room on paper. On A3 the sheet prints enlarged to the page width. From
     * the print scale follows the room a page has for rows, which the rows being written wait for.
     */
    void fitWidths(MeasureValues values, ExportPaper paper) {
        ColumnWidths widths = widths(values);
        double total = 0;
        for (int c = 0; c < ColumnWidths.count(); c++) {
            sheet.setColumnWidth(c, widths.width(c) * 256);
            boolean hide = (c == SUPPORTING || c == REMARKS) && widths.empty(c);
            sheet.setColumnHidden(c, hide);
            total += hide ? 0 : widths.width(c);
        }
        double points = total * PIXELS_PER_UNIT * 0.75;
        double scale = Math.min(1, paper.printableWidthPoints() / points);
        if (paper == ExportPaper.A3) {
            short percent = (short) Math.max(10, Math.min(400, Math.floor(paper.printableWidthPoints() / points * 100)));
            sheet.setFitToPage(false);
            sheet.getPrintSetup().setScale(percent);
            scale = percent / 100.0;
        }
        float page = (float) (paper.printableHeightPoints() / scale * PAGE_SAFETY);
        pages.complete(new PageBreaks(page - TITLE_POINTS - INFO_POINTS - HEADER_POINTS, page - HEADER_POINTS));
    }

    /** Pixels per column-width unit of the workbook's default font. */
    private static final double PIXELS_PER_UNIT = 7;

    /**
     * Widths that fit every value the sheet will show, from the problems and the measures' distinct
     * values; the long-text columns (measure, progress) and the status have fixed widths.
     */
    private ColumnWidths widths(MeasureValues values) {
        ColumnWidths w = new ColumnWidths();
        for (Problem p : problems) {
            w.fit(SEQ, MeasureRows.seqOf(p, byId));
            w.fit(CATEGORY, p.category());
            w.fit(PROBLEM, p.title());
        }
        values.leaders().forEach(v -> w.fit(LEADER, v));
        values.departments().forEach(v -> w.fit(DEPARTMENT, v));
        values.supportingDepartments().forEach(v -> w.fit(SUPPORTING, NameLists.join(v)));
        values.persons().forEach(v -> w.fit(PERSON, v));
        for (Deadline d : values.deadlines()) {
            w.fit(DEADLINE, MeasureRows.isDateCell(d) ? DayTexts.chinese(d.date()) : d.display());
        }
        values.completionDates().forEach(d -> w.fit(COMPLETED_ON, DayTexts.chinese(d)));
        values.remarks().forEach(v -> w.fit(REMARKS, v));
        return w;
    }

    /**
     * What every inspection sheet has whatever its content: frozen header, status drop-down, print
     * setup. Needs nothing from the store, so it can be done while the store is read.
     */
    static void layout(Sheet sheet) {
        layout(sheet, ExportPaper.A4);
    }

    static void layout(Sheet sheet, ExportPaper paper) {
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        statusDropDown(sheet);
        printSetup(sheet, paper);
    }

    private static void statusDropDown(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] words = Arrays.stream(Status.values()).map(Status::word).toArray(String[]::new);
        DataValidationConstraint constraint = helper.createExplicitListConstraint(words);
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation v = helper.createValidation(constraint,
                new CellRangeAddressList(FIRST_DATA_ROW, lastRow, STATUS, STATUS));
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("完成情况", "请从下拉列表中选择：" + String.join("、", words));
        v.setShowPromptBox(false);
        sheet.addValidationData(v);
    }

    private static void printSetup(Sheet sheet, ExportPaper paper) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(paper.code());
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, ExportPaper.SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, ExportPaper.SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.TopMargin, ExportPaper.TOP_BOTTOM_MARGIN_INCHES);
        sheet.setMargin(Sheet.BottomMargin, ExportPaper.TOP_BOTTOM_MARGIN_INCHES);
        PrintNames.repeatRows(sheet, HEADER_ROW, HEADER_ROW);
        PrintNames.printColumns(sheet, 0, COLUMNS.size() - 1);
        sheet.getFooter().setCenter(FOOTER);
    }

    // ------------------------------------------------------------ while the workbook is written

    /** Starts building the rows of the planned measures on a thread of their own, so that they are ready when the sheet is written. */
    void startBuilding() {
        if (feed == null) {
            String name = sheet.getSheetName();
            feed = new ChunkFeed("export-rows", sink -> {
                MeasureRows built = new MeasureRows(name, problems, problemUids, counts, style, pages::join, sink,
                        evidence);
                for (ExportPlan.MeasureRow r : rows) {
                    built.measure(r.measure(), r.uid());
                }
                built.end();
                written = built;
            });
        }
    }

    /** Stops building the rows if they are still being built (when the export fails). */
    void close() {
        pages.cancel(false);
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** Writes the sheet's rows into the package: the top rows, then each problem with its measures. */
    void writeRows(OutputStream target) throws IOException {
        startBuilding();
        try (ChunkFeed f = feed) {
            SheetDataXml top = new SheetDataXml();
            writeTop(top);
            top.writeTo(target, 0, top.length());
            for (ChunkFeed.Chunk c = f.next(); c != null; c = f.next()) {
                target.write(c.bytes(), 0, c.length());
                measures += c.measures();
                counter.measuresWritten(c.measures());
                f.recycle(c);
            }
        } finally {
            feed = null;
        }
    }

    private void writeTop(SheetDataXml out) {
        out.startRow(TITLE_ROW, TITLE_POINTS);
        out.text(0, style.title(), titleOf(inspection));
        for (int c = 1; c < COLUMNS.size(); c++) {
            out.blank(c, style.title());
        }
        out.endRow();
        out.startRow(INFO_ROW, INFO_POINTS);
        out.text(0, style.info(), "填报单位：" + nonNull(inspection.inspectedUnit()) + "          填报日期："
                + DayTexts.chinese(inspection.reportDate()));
        for (int c = 1; c < COLUMNS.size(); c++) {
            out.blank(c, style.info());
        }
        out.endRow();
        out.startRow(HEADER_ROW, HEADER_POINTS);
        for (int c = 0; c < COLUMNS.size(); c++) {
            out.text(c, style.header(), COLUMNS.get(c));
        }
        for (int k = 0; k < UID_COLUMNS.size(); k++) {
            out.text(PROBLEM_UID + k, style.plain(), UID_COLUMNS.get(k));
        }
        if (!evidence.isEmpty()) {
            out.text(EVIDENCE, style.header(), EVIDENCE_HEADER);
            out.text(EVIDENCE_WRITTEN, style.plain(), EVIDENCE_WRITTEN_HEADER);
        }
        out.endRow();
    }

    /** The ledger's title: the inspection's name, or the usual wording built from unit and group. */
    static String titleOf(Inspection i) {
        if (i.name() != null && !i.name().isBlank()) {
            return i.name();
        }
        return "中共" + nonNull(i.inspectedUnit()) + "关于" + nonNull(i.inspectionGroup()) + "反馈意见整改落实台账";
    }


    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
