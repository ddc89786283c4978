package io.github.rectification.ledger.exchange.distribution;

import java.util.List;

/**
 * The columns of a distributed workbook: the exported ledger's own, with the columns a department
 * fills in for 销号 (evidence, request, its note) beside them, then the hidden stable ids under the
 * export's headers so that the return is read as the export's is.
 */
final class DistributionLayout {
    static final List<String> COLUMNS = List.of("序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门",
            "配合部门", "责任人", "整改时限", "整改进展情况", "完成情况", "完成时间", "佐证材料", "备注", "申请销号",
            "销号说明");

    static final int SEQ = 0;
    static final int CATEGORY = 1;
    static final int PROBLEM = 2;
    static final int MEASURE = 3;
    static final int LEADER = 4;
    static final int DEPARTMENT = 5;
    static final int SUPPORTING = 6;
    static final int PERSON = 7;
    static final int DEADLINE = 8;
    static final int PROGRESS = 9;
    static final int STATUS = 10;
    static final int COMPLETED_ON = 11;
    static final int EVIDENCE = 12;
    static final int REMARKS = 13;
    static final int CLOSE_OUT = 14;
    static final int CLOSE_OUT_NOTE = 15;
    static final int PROBLEM_UID = 16;
    static final int MEASURE_UID = 17;
    static final int PARENT_UID = 18;
    static final int MEASURE_SEQ = 19;
    static final int PROBLEM_DESCRIPTION = 20;

    /** The hidden columns' headers, from {@link #PROBLEM_UID} on, as the export writes them. */
    static final List<String> UID_COLUMNS = List.of("#problem_uid", "#measure_uid", "#parent_uid", "#measure_seq",
            "#problem_description");

    /** The columns the department fills in: unlocked under the sheet's protection. */
    static final List<Integer> FILL_IN = List.of(PROGRESS, STATUS, COMPLETED_ON, EVIDENCE, REMARKS, CLOSE_OUT,
            CLOSE_OUT_NOTE);

    /**
     * Widths in Excel's character units. Fitted to an A4 landscape page, a sheet of at most
     * {@link #A4_UNITS} units prints its 11 pt text at 10.5 pt or more; 配合部门, empty in most
     * ledgers, is hidden when no measure names one.
     */
    static final int[] WIDTHS = {5, 7, 15, 24, 7, 8, 8, 6, 9, 24, 8, 9, 11, 7, 6, 9};
    static final int A4_UNITS = 157;

    static final String INSTRUCTIONS_SHEET = "填表说明";
    static final String INFO_SHEET = "_ledger";
    static final List<String> CLOSE_OUT_WORDS = List.of("是", "否");

    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Empty rows below the data, left unlocked, where a department adds measures. */
    static final int SPARE_ROWS = 30;

    static boolean fillIn(int column) {
        return FILL_IN.contains(column);
    }

    private DistributionLayout() {
    }
}
