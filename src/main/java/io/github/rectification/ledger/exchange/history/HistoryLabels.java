package io.github.rectification.ledger.exchange.history;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.ChangeAction;
import java.util.Map;

/** Chinese words for the history's tables, actions, fields and stored values, as the ledger's columns call them. */
public final class HistoryLabels {
    private static final Map<String, String> TABLES = Map.of(
            "inspection", "巡察", "problem", "问题", "measure", "整改措施",
            "accountability", "问责情况", "institution", "建章立制");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "名称"), Map.entry("inspected_unit", "被巡察单位"),
            Map.entry("inspection_group", "巡察组"), Map.entry("start_date", "开始日期"),
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

    private HistoryLabels() {
    }

    public static String table(String table) {
        return TABLES.getOrDefault(table, table);
    }

    public static String action(ChangeAction a) {
        return switch (a) {
            case ADD -> "新增";
            case UPDATE -> "修改";
            case REMOVE -> "删除";
            case RESTORE -> "恢复";
            case MOVE -> "调整顺序";
        };
    }

    /** One field or, for an import's update, a comma-separated list of them. */
    public static String fields(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String f : field.split(",")) {
            if (sb.length() > 0) {
                sb.append("、");
            }
            sb.append(FIELDS.getOrDefault(f, f));
        }
        return sb.toString();
    }

    /** A stored value in words; an import's "column: value" lines are translated line by line. */
    public static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if (field != null && field.contains(",")) {
            StringBuilder sb = new StringBuilder();
            for (String line : value.split("\n", -1)) {
                int colon = line.indexOf(": ");
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                if (colon > 0) {
                    String f = line.substring(0, colon);
                    sb.append(fields(f)).append(": ").append(single(f, line.substring(colon + 2)));
                } else {
                    sb.append(line);
                }
            }
            return sb.toString();
        }
        return single(field, value);
    }

    private static String single(String field, String value) {
        try {
            if ("status".equals(field)) {
                return Status.fromCode(value).word();
            }
            if ("deadline_kind".equals(field)) {
                return switch (DeadlineKind.fromCode(value)) {
                    case DATE -> "日期";
                    case LONG_TERM -> "长期坚持";
                    case IMMEDIATE -> "立行立改";
                    case NONE -> "无";
                };
            }
            if ("kind".equals(field) && (value.equals("new") || value.equals("revised"))) {
                return value.equals("new") ? "新制定" : "修订完善";
            }
        } catch (IllegalArgumentException e) {
            return value;
        }
        return value;
    }

    /** "导入 台账.xlsx" for an import, 撤销/重做, or empty for an edit. */
    public static String source(String source) {
        if (source == null || source.isEmpty()) {
            return "编辑";
        }
        if (source.startsWith("import: ")) {
            return "导入 " + source.substring("import: ".length());
        }
        return switch (source) {
            case "undo" -> "撤销";
            case "redo" -> "重做";
            default -> source;
        };
    }
}
