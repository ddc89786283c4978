package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.files.NewWorkbook;
import static io.github.rectification.ledger.exchange.distribution.DistributionLayout.*;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WrappedText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One department's (or leader's) workbook of a distribution: a 填表说明 sheet, one sheet per
 * inspection with only the part's measures under their problems in the exported ledger's layout,
 * and the very hidden {@code _ledger} sheet naming the batch. The columns the department must not
 * change are locked by sheet protection; the fill-in columns and the spare rows below are not.
 */
final class PartWorkbook {
    private static final String FONT = "宋体";
    private static final short BODY_POINTS = 11;
    private static final float LINE_POINTS = 14.5f;
    private static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";
    private static final double SIDE_MARGIN_INCHES = 0.3;

    /** What the workbook holds and says; {@code sentBack}: the close-outs sent back (退回), by measure. */
    record Content(String ledgerUid, String batchUid, String department, String recipient, LocalDate due,
            String returnTo, String password, List<Inspection> inspections, List<String> sheetNames,
            Map<Long, List<Problem>> problems, Map<Long, List<Measure>> measuresByProblem,
            Map<Long, String> inspectionUids, Map<Long, String> problemUids, Map<Long, String> measureUids,
            Map<Long, CloseOut> sentBack) {
    }

    private final NewWorkbook made = new NewWorkbook();
    private final XSSFWorkbook wb = made.workbook();
    private final Content content;
    private final CellStyle title;
    private final CellStyle info;
    private final CellStyle header;
    private final CellStyle fillHeader;
    private final CellStyle text;
    private final CellStyle centered;
    private final CellStyle date;
    private final CellStyle fillText;
    private final CellStyle fillCentered;
    private final CellStyle fillDate;
    private final CellStyle open;
    private final CellStyle note;
    private final CellStyle noteTitle;

    PartWorkbook(Content content) {
        this.content = content;
        Font titleFont = font(18, true);
        Font body = font(BODY_POINTS, false);
        Font bold = font(BODY_POINTS, true);
        short dateFormat = wb.createDataFormat().getFormat(DATE_FORMAT);
        title = style(titleFont, HorizontalAlignment.CENTER, false, true);
        info = style(body, HorizontalAlignment.LEFT, false, true);
        header = style(bold, HorizontalAlignment.CENTER, true, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        fillHeader = style(bold, HorizontalAlignment.CENTER, true, true);
        fillHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        fillHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(body, HorizontalAlignment.LEFT, true, true);
        centered = style(body, HorizontalAlignment.CENTER, true, true);
        date = style(body, HorizontalAlignment.CENTER, true, true);
        date.setDataFormat(dateFormat);
        fillText = style(body, HorizontalAlignment.LEFT, true, false);
        fillCentered = style(body, HorizontalAlignment.CENTER, true, false);
        fillDate = style(body, HorizontalAlignment.CENTER, true, false);
        fillDate.setDataFormat(dateFormat);
        open = style(body, HorizontalAlignment.LEFT, false, false);
        note = style(font(12, false), HorizontalAlignment.LEFT, false, true);
        noteTitle = style(font(16, true), HorizontalAlignment.CENTER, false, true);
    }

    /**
     * Lays the workbook out and writes it to {@code out}; the number of measures it holds. The rows
     * are streamed (each problem's once its heights and merges are set), the sheets' settings and
     * the styles kept in the workbook they are streamed into.
     */
    int write(OutputStream out) throws IOException {
        // texts in the shared string table, as Excel writes them: a cell typed over in a program that
        // keeps an inline string's first text (POI does) would otherwise return the text sent
        SXSSFWorkbook streamed = new SXSSFWorkbook(wb, -1, false, true);
        try (made) {
            instructions(streamed.createSheet(INSTRUCTIONS_SHEET));
            int measures = 0;
            for (int k = 0; k < content.inspections().size(); k++) {
                Inspection i = content.inspections().get(k);
                measures += inspectionSheet(streamed.createSheet(content.sheetNames().get(k)), i);
            }
            info(streamed.createSheet(INFO_SHEET));
            streamed.setSheetVisibility(streamed.getSheetIndex(INFO_SHEET), SheetVisibility.VERY_HIDDEN);
            streamed.setActiveSheet(0);
            streamed.setSelectedTab(0);
            streamed.write(out);
            return measures;
        } finally {
            streamed.dispose();
        }
    }

    // ------------------------------------------------------------------ 填表说明

    private void instructions(Sheet sheet) {
        sheet.setColumnWidth(0, 100 * 256);
        List<String> lines = new ArrayList<>();
        String due = content.due() == null ? "请按通知要求的时间" : DayTexts.chinese(content.due());
        lines.add("报送单位：" + content.recipient());
        lines.add("报送截止日期：" + due);
        lines.add("报送对象：" + (content.returnTo() == null || content.returnTo().isBlank()
                ? "整改工作办公室" : content.returnTo()));
        lines.add("");
        lines.add("一、本表只列出由贵单位牵头（或分管）的整改措施，以及措施所属的问题，请逐条填写。");
        lines.add("二、需要填写的是浅黄色表头的各栏：【整改进展情况】写明已做的工作和下一步安排；【完成情况】从下拉列表中选择"
                + String.join("、", statusWords()) + "；【完成时间】填写日期，如2026年6月30日；【佐证材料】写明材料名称，"
                + "材料文件随本表一并报送；【备注】填写需要说明的其他情况；【申请销号】已完成且佐证齐全的措施选“是”，"
                + "并在【销号说明】写明完成情况。");
        lines.add("三、序号、问题类别、存在问题、整改措施、责任领导、责任部门、配合部门、责任人、整改时限等栏已锁定，不能修改。"
                + "如有不同意见，请写在【备注】栏。");
        lines.add("四、如需新增整改措施，请填写在表格末尾的空行中，新增的措施列入最后一个问题之下，汇总时由办公室核对。");
        lines.add("五、请勿删除或调整工作表、隐藏的行列，勿改文件格式，填好后保存并按时报送。");
        lines.addAll(sentBackLines());
        Row head = sheet.createRow(0);
        head.setHeightInPoints(36);
        Cell t = head.createCell(0);
        t.setCellStyle(noteTitle);
        t.setCellValue(INSTRUCTIONS_SHEET);
        for (int k = 0; k < lines.size(); k++) {
            Row r = sheet.createRow(k + 1);
            String s = lines.get(k);
            r.setHeightInPoints(Math.max(22f, WrappedText.lines(s, 96) * 17f + 6));
            Cell c = r.createCell(0);
            c.setCellStyle(note);
            c.setCellValue(s);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        protect(sheet);
    }

    /** The measures whose close-out was sent back (退回), in the order of the sheets, as 填表说明 lists them. */
    private List<String> sentBackLines() {
        List<SentBackList.Item> items = new ArrayList<>();
        for (Inspection i : content.inspections()) {
            for (Problem p : content.problems().getOrDefault(i.id(), List.of())) {
                for (Measure m : content.measuresByProblem().getOrDefault(p.id(), List.of())) {
                    CloseOut c = content.sentBack().get(m.id());
                    if (c != null) {
                        items.add(new SentBackList.Item(p, m, c));
                    }
                }
            }
        }
        return SentBackList.lines(items);
    }

    private static List<String> statusWords() {
        List<String> out = new ArrayList<>();
        for (Status s : Status.values()) {
            out.add(s.word());
        }
        return out;
    }

    // ------------------------------------------------------------------ an inspection's sheet

    private int inspectionSheet(Sheet sheet, Inspection inspection) throws IOException {
        List<Problem> problems = content.problems().getOrDefault(inspection.id(), List.of());
        Map<Long, Problem> byId = new HashMap<>();
        problems.forEach(p -> byId.put(p.id(), p));
        boolean supporting = false;
        for (Problem p : problems) {
            for (Measure m : content.measuresByProblem().getOrDefault(p.id(), List.of())) {
                supporting |= !m.supportingDepartments().isEmpty();
            }
        }
        int[] widths = widths(supporting);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            sheet.setDefaultColumnStyle(c, open);
        }
        sheet.setColumnHidden(SUPPORTING, !supporting);
        for (int c = PROBLEM_UID; c < PROBLEM_UID + UID_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, 38 * 256);
            sheet.setColumnHidden(c, true);
        }
        top(sheet, inspection);
        int rowIndex = FIRST_DATA_ROW;
        int measures = 0;
        for (Problem p : problems) {
            List<Measure> list = content.measuresByProblem().getOrDefault(p.id(), List.of());
            int first = rowIndex;
            float[] heights = new float[Math.max(1, list.size())];
            if (list.isEmpty()) {
                Row r = sheet.createRow(rowIndex++);
                problemCells(r, p, byId, true);
                for (int c = MEASURE; c < COLUMNS.size(); c++) {
                    cell(r, c, c == MEASURE ? text : fillIn(c) ? fillText : centered);
                }
                heights[0] = 22f;
                uidCells(r, p, byId);
                hidden(r, PROBLEM_DESCRIPTION, p.description());
            }
            for (int k = 0; k < list.size(); k++) {
                Measure m = list.get(k);
                Row r = sheet.createRow(rowIndex++);
                problemCells(r, p, byId, k == 0);
                int lines = 1;
                lines = Math.max(lines, put(r, MEASURE, m.text(), text, widths));
                lines = Math.max(lines, put(r, LEADER, m.leader(), centered, widths));
                lines = Math.max(lines, put(r, DEPARTMENT, m.department(), centered, widths));
                lines = Math.max(lines, put(r, SUPPORTING, NameLists.join(m.supportingDepartments()), centered, widths));
                lines = Math.max(lines, put(r, PERSON, m.person(), centered, widths));
                lines = Math.max(lines, deadline(r, m.deadline(), widths));
                lines = Math.max(lines, put(r, PROGRESS, m.progress(), fillText, widths));
                lines = Math.max(lines, put(r, STATUS, m.status().word(), fillCentered, widths));
                dateCell(r, COMPLETED_ON, m.completedOn(), fillDate);
                cell(r, EVIDENCE, fillText);
                lines = Math.max(lines, put(r, REMARKS, m.remarks(), fillText, widths));
                cell(r, CLOSE_OUT, fillCentered);
                cell(r, CLOSE_OUT_NOTE, fillText);
                uidCells(r, p, byId);
                hidden(r, MEASURE_UID, content.measureUids().get(m.id()));
                hidden(r, MEASURE_SEQ, m.seq());
                if (k == 0) {
                    hidden(r, PROBLEM_DESCRIPTION, p.description());
                }
                heights[k] = Math.min(409f, Math.max(22f, lines * LINE_POINTS + 6));
                measures++;
            }
            float total = 0;
            for (float h : heights) {
                total += h;
            }
            int problemLines = Math.max(WrappedText.lines(p.title(), widths[PROBLEM]),
                    WrappedText.lines(p.category(), widths[CATEGORY]));
            float needed = problemLines * LINE_POINTS + 6;
            if (needed > total) {
                heights[heights.length - 1] = Math.min(409f, heights[heights.length - 1] + needed - total);
            }
            for (int k = 0; k < heights.length; k++) {
                sheet.getRow(first + k).setHeightInPoints(heights[k]);
            }
            if (rowIndex - 1 > first) {
                for (int c = SEQ; c <= PROBLEM; c++) {
                    // the regions never overlap: each problem's rows are its own
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(first, rowIndex - 1, c, c));
                }
            }
            flush(sheet);
        }
        validations(sheet);
        printSetup(sheet);
        protect(sheet);
        return measures;
    }

    /** Streams the rows written so far: a problem's rows are complete once its heights and merges are set. */
    private static void flush(Sheet sheet) throws IOException {
        if (sheet instanceof SXSSFSheet streamed) {
            streamed.flushRows();
        }
    }

    private static int[] widths(boolean supporting) {
        int[] w = WIDTHS.clone();
        if (supporting) {
            // the long texts give up what the 配合部门 column takes, so the sheet still fits A4 at 10.5 pt
            w[MEASURE] -= WIDTHS[SUPPORTING] / 2;
            w[PROGRESS] -= WIDTHS[SUPPORTING] - WIDTHS[SUPPORTING] / 2;
        }
        return w;
    }

    private void top(Sheet sheet, Inspection inspection) {
        Row t = sheet.createRow(TITLE_ROW);
        t.setHeightInPoints(40);
        cell(t, 0, title).setCellValue(titleOf(inspection));
        for (int c = 1; c < COLUMNS.size(); c++) {
            cell(t, c, title);
        }
        Row i = sheet.createRow(INFO_ROW);
        i.setHeightInPoints(24);
        // as the export writes it: the import reads the unit and the date back from this line
        cell(i, 0, info).setCellValue("填报单位：" + nonNull(inspection.inspectedUnit()) + "          填报日期："
                + DayTexts.chinese(inspection.reportDate()));
        for (int c = 1; c < COLUMNS.size(); c++) {
            cell(i, c, info);
        }
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));
        sheet.addMergedRegion(new CellRangeAddress(INFO_ROW, INFO_ROW, 0, COLUMNS.size() - 1));
        Row h = sheet.createRow(HEADER_ROW);
        h.setHeightInPoints(30);
        for (int c = 0; c < COLUMNS.size(); c++) {
            cell(h, c, fillIn(c) ? fillHeader : header).setCellValue(COLUMNS.get(c));
        }
        for (int k = 0; k < UID_COLUMNS.size(); k++) {
            h.createCell(PROBLEM_UID + k).setCellValue(UID_COLUMNS.get(k));
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
    }

    private void problemCells(Row r, Problem p, Map<Long, Problem> byId, boolean first) {
        if (first) {
            String seq = seqOf(p, byId);
            Cell s = cell(r, SEQ, centered);
            if (seq.matches("[1-9]\\d{0,8}")) {
                s.setCellValue(Integer.parseInt(seq));
            } else if (!seq.isEmpty()) {
                s.setCellValue(seq);
            }
            put(r, CATEGORY, p.category(), centered, null);
            put(r, PROBLEM, p.title(), text, null);
        } else {
            cell(r, SEQ, centered);
            cell(r, CATEGORY, centered);
            cell(r, PROBLEM, text);
        }
    }

    private void uidCells(Row r, Problem p, Map<Long, Problem> byId) {
        hidden(r, PROBLEM_UID, content.problemUids().get(p.id()));
        Problem parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent != null) {
            hidden(r, PARENT_UID, content.problemUids().get(parent.id()));
        }
    }

    private static String seqOf(Problem p, Map<Long, Problem> byId) {
        String seq = p.seq() == null ? "" : p.seq();
        Problem parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent == null) {
            return seq;
        }
        String parentSeq = seqOf(parent, byId);
        return seq.startsWith(parentSeq) ? seq : parentSeq + seq;
    }

    private int put(Row r, int column, String value, CellStyle style, int[] widths) {
        Cell c = cell(r, column, style);
        if (value == null || value.isEmpty()) {
            return 1;
        }
        if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            throw new IllegalArgumentException(Messages.TEXTS.text("cell.tooLong", r.getSheet().getSheetName(),
                    String.valueOf(r.getRowNum() + 1), COLUMNS.get(column), String.valueOf(value.length()),
                    String.valueOf(SpreadsheetVersion.EXCEL2007.getMaxTextLength())));
        }
        c.setCellValue(value);
        return widths == null ? 1 : WrappedText.lines(value, widths[column]);
    }

    private int deadline(Row r, Deadline d, int[] widths) {
        if (d.text() == null && d.hasDate()) {
            dateCell(r, DEADLINE, d.date(), date);
            return 1;
        }
        return put(r, DEADLINE, d.display(), centered, widths);
    }

    private void dateCell(Row r, int column, LocalDate d, CellStyle style) {
        Cell c = cell(r, column, style);
        if (d != null) {
            c.setCellValue(d);
        }
    }

    private static void hidden(Row r, int column, String value) {
        if (value != null && !value.isEmpty()) {
            r.createCell(column).setCellValue(value);
        }
    }

    private static Cell cell(Row r, int column, CellStyle style) {
        Cell c = r.createCell(column);
        c.setCellStyle(style);
        return c;
    }

    /** Drop-downs and checks of the fill-in columns, over the data and the spare rows below. */
    private void validations(Sheet sheet) {
        int last = Math.max(FIRST_DATA_ROW, sheet.getLastRowNum()) + SPARE_ROWS;
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<String> words = statusWords();
        DataValidation status = helper.createValidation(
                helper.createExplicitListConstraint(words.toArray(String[]::new)),
                new CellRangeAddressList(FIRST_DATA_ROW, last, STATUS, STATUS));
        stop(status, "完成情况", "请从下拉列表中选择：" + String.join("、", words));
        sheet.addValidationData(status);

        DataValidationConstraint dates = helper.createDateConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2099,12,31)", DATE_FORMAT);
        DataValidation completed = helper.createValidation(dates,
                new CellRangeAddressList(FIRST_DATA_ROW, last, COMPLETED_ON, COMPLETED_ON));
        stop(completed, "完成时间", "请填写日期，如2026年6月30日（或2026-6-30）");
        sheet.addValidationData(completed);

        DataValidation closeOut = helper.createValidation(
                helper.createExplicitListConstraint(CLOSE_OUT_WORDS.toArray(String[]::new)),
                new CellRangeAddressList(FIRST_DATA_ROW, last, CLOSE_OUT, CLOSE_OUT));
        stop(closeOut, "申请销号", "请选择“是”或“否”");
        sheet.addValidationData(closeOut);
    }

    private static void stop(DataValidation v, String title, String message) {
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(title, message);
        v.setShowPromptBox(false);
    }

    private void printSetup(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN_INCHES);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        if (content.due() != null) {
            sheet.getHeader().setRight("报送截止日期：" + DayTexts.chinese(content.due()));
        }
        sheet.getHeader().setLeft(content.recipient());
    }

    /**
     * Locks the sheet: with the ledger's password, or without one when none is set. Row heights
     * may still be changed, so that a department's longer text can be shown.
     */
    private void protect(Sheet sheet) {
        XSSFSheet x = wb.getSheet(sheet.getSheetName());
        String password = content.password();
        if (password == null || password.isEmpty()) {
            x.enableLocking();
        } else {
            x.protectSheet(password);
        }
        x.lockFormatRows(false);
        x.lockSelectLockedCells(false);
        x.lockSelectUnlockedCells(false);
    }

    // ------------------------------------------------------------------ _ledger

    private void info(Sheet sheet) {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {"key", "value"});
        pairs.add(new String[] {"format", "rectification-ledger/1"});
        pairs.add(new String[] {"ledger_uid", nonNull(content.ledgerUid())});
        pairs.add(new String[] {"batch_uid", content.batchUid()});
        if (content.department() != null) {
            pairs.add(new String[] {"department", content.department()});
        }
        pairs.add(new String[] {"recipient", content.recipient()});
        if (content.due() != null) {
            pairs.add(new String[] {"due", content.due().toString()});
        }
        for (int k = 0; k < content.inspections().size(); k++) {
            Inspection i = content.inspections().get(k);
            String uid = content.inspectionUids().get(i.id());
            pairs.add(new String[] {"sheet:" + content.sheetNames().get(k), uid});
            String prefix = "inspection:" + uid + ":";
            pairs.add(new String[] {prefix + "name", i.name()});
            pairs.add(new String[] {prefix + "inspected_unit", i.inspectedUnit()});
            pairs.add(new String[] {prefix + "inspection_group", i.inspectionGroup()});
            pairs.add(new String[] {prefix + "feedback_date", iso(i.feedbackDate())});
            pairs.add(new String[] {prefix + "start_date", iso(i.startDate())});
            pairs.add(new String[] {prefix + "end_date", iso(i.endDate())});
            pairs.add(new String[] {prefix + "report_date", iso(i.reportDate())});
            pairs.add(new String[] {prefix + "round_kind", i.roundKind()});
            pairs.add(new String[] {prefix + "issuing_body", i.issuingBody()});
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        for (int k = 0; k < pairs.size(); k++) {
            Row r = sheet.createRow(k);
            r.createCell(0).setCellValue(pairs.get(k)[0]);
            r.createCell(1).setCellValue(nonNull(pairs.get(k)[1]));
        }
    }

    // ------------------------------------------------------------------ helpers

    static String titleOf(Inspection i) {
        if (i.name() != null && !i.name().isBlank()) {
            return i.name();
        }
        return "中共" + nonNull(i.inspectedUnit()) + "关于" + nonNull(i.inspectionGroup()) + "反馈意见整改落实台账";
    }


    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private Font font(int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle style(Font font, HorizontalAlignment align, boolean border, boolean locked) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setLocked(locked);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
