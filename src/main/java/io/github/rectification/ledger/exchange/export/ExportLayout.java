package io.github.rectification.ledger.exchange.export;

import java.util.List;

/**
 * Where an exported ledger puts things: the office's visible columns, the hidden stable-id columns
 * and the hidden {@code _ledger} sheet that let an import recognise its own records.
 */
public final class ExportLayout {
    /** The visible columns of an inspection sheet, in order. */
    public static final List<String> COLUMNS = List.of("序号", "问题类别", "存在问题", "整改措施", "责任领导",
            "责任部门", "配合部门", "责任人", "整改时限", "整改进展情况", "完成情况", "完成时间", "备注");

    public static final int SEQ = 0;
    public static final int CATEGORY = 1;
    public static final int PROBLEM = 2;
    public static final int MEASURE = 3;
    public static final int LEADER = 4;
    public static final int DEPARTMENT = 5;
    public static final int SUPPORTING = 6;
    public static final int PERSON = 7;
    public static final int DEADLINE = 8;
    public static final int PROGRESS = 9;
    public static final int STATUS = 10;
    public static final int COMPLETED_ON = 11;
    public static final int REMARKS = 12;
    public static final int PROBLEM_UID = 13;
    public static final int MEASURE_UID = 14;
    public static final int PARENT_UID = 15;
    /** The measure's own sequence label, which the visible 序号 (the problem's) cannot hold. */
    public static final int MEASURE_SEQ = 16;
    /** The problem's description, written on the problem's first row. */
    public static final int PROBLEM_DESCRIPTION = 17;

    /**
     * The names of the files attached to the measure (佐证材料), after the hidden columns, when the
     * ledger holds any: shown, outside the print area, and not read back into the measure.
     */
    public static final int EVIDENCE = 18;
    /** The same names, hidden: a text typed over the shown ones is told from what the export wrote. */
    public static final int EVIDENCE_WRITTEN = 19;
    public static final String EVIDENCE_HEADER = "佐证材料";
    public static final String EVIDENCE_WRITTEN_HEADER = "#evidence";

    /** Headers of the hidden columns after the visible ones, from {@link #PROBLEM_UID} on. */
    public static final List<String> UID_COLUMNS = List.of("#problem_uid", "#measure_uid", "#parent_uid",
            "#measure_seq", "#problem_description");

    public static final int TITLE_ROW = 0;
    public static final int INFO_ROW = 1;
    public static final int HEADER_ROW = 2;
    public static final int FIRST_DATA_ROW = 3;

    public static final String ACCOUNTABILITY_SHEET = "问责情况";
    public static final List<String> ACCOUNTABILITY_COLUMNS = List.of("序号", "姓名", "职务", "问责方式", "关联问题", "日期");
    public static final String INSTITUTION_SHEET = "建章立制";
    public static final List<String> INSTITUTION_COLUMNS = List.of("序号", "制度名称", "文号", "类型", "印发日期", "关联问题");
    /** Header of the hidden stable-id column after a register's visible columns. */
    public static final String REGISTER_UID = "#uid";

    public static final String INFO_SHEET = "_ledger";
    /** The name of the sheet of an inspection without a name of its own, before its number: 巡察1, 巡察2… */
    public static final String UNNAMED_SHEET = "巡察";
    public static final String FORMAT = "rectification-ledger/1";
    public static final String KEY_FORMAT = "format";
    public static final String KEY_LEDGER_UID = "ledger_uid";
    public static final String KEY_BATCH = "batch_uid";
    public static final String KEY_DEPARTMENT = "department";
    public static final String SHEET_KEY_PREFIX = "sheet:";
    public static final String INSPECTION_KEY_PREFIX = "inspection:";

    /** Put before a problem's text where the problem goes on from the page before. */
    public static final String CONTINUED = "（续）";
    /** The marks of a continued problem an import recognises: ours, and the half-width one typed by hand. */
    public static final java.util.List<String> CONTINUED_MARKS = java.util.List.of(CONTINUED, "(续)");

    /** The centre of the printed footer: page numbers (&P of &N). */
    public static final String FOOTER = "第 &P 页 共 &N 页";

    /** The Excel date format of deadline, completion and register date cells. */
    public static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";

    private ExportLayout() {
    }
}
