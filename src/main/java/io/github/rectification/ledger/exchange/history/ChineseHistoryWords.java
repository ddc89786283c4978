package io.github.rectification.ledger.exchange.history;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.store.ChangeAction;
import java.util.Map;

/** The history's words in Chinese, as the ledger's columns call the fields. */
final class ChineseHistoryWords implements HistoryWords {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "名称"), Map.entry("inspected_unit", "被巡察单位"),
            Map.entry("inspection_group", "巡察组"), Map.entry("round_kind", "巡察类型"),
            Map.entry("issuing_body", "发文机关署名"), Map.entry("start_date", "开始日期"),
            Map.entry("end_date", "结束日期"), Map.entry("feedback_date", "反馈日期"),
            Map.entry("report_date", "报告日期"), Map.entry("sort_order", "顺序"),
            Map.entry("inspection_id", "所属巡察"), Map.entry("parent_id", "上级问题"),
            Map.entry("problem_id", "所属问题"), Map.entry("measure_id", "关联措施"),
            Map.entry("seq", "序号"), Map.entry("category", "问题类别"), Map.entry("title", "标题"),
            Map.entry("description", "问题描述"), Map.entry("text", "整改措施"), Map.entry("leader", "责任领导"),
            Map.entry("department", "责任部门"), Map.entry("supporting_departments", "配合部门"),
            Map.entry("person", "责任人"), Map.entry("deadline_kind", "时限类型"),
            Map.entry("deadline_date", "整改时限"), Map.entry("deadline_text", "时限原文"),
            Map.entry("status", "完成情况"), Map.entry("completed_on", "完成日期"),
            Map.entry("progress", "整改进展情况"), Map.entry("remarks", "备注"), Map.entry("position", "职务"),
            Map.entry("kind", "类型"), Map.entry("date", "日期"), Map.entry("doc_no", "文号"),
            Map.entry("issued_on", "印发日期"));

    @Override
    public String field(String column) {
        return FIELDS.getOrDefault(column, column);
    }

    @Override
    public String fieldSeparator() {
        return "、";
    }

    @Override
    public String action(ChangeAction action) {
        return switch (action) {
            case ADD -> "新增";
            case UPDATE -> "修改";
            case REMOVE -> "删除";
            case RESTORE -> "恢复";
            case MOVE -> "调整顺序";
        };
    }

    @Override
    public String deadlineKind(DeadlineKind kind) {
        return switch (kind) {
            case DATE -> "日期";
            case LONG_TERM -> "长期坚持";
            case IMMEDIATE -> "立行立改";
            case NONE -> "无";
        };
    }

    @Override
    public String institutionKind(InstitutionKind kind) {
        return kind.word();
    }

    @Override
    public String edit() {
        return "编辑";
    }

    @Override
    public String undo() {
        return "撤销";
    }

    @Override
    public String redo() {
        return "重做";
    }

    @Override
    public String imported(String file) {
        return "导入 " + file;
    }
}
