package io.github.rectification.ledger.exchange.history;

import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.ChangeAction;
import java.util.Map;

/**
 * A change history's actions, fields, stored values and sources in words: codes such as
 * {@code in_progress} or {@code long_term} become 正在推进 or 长期坚持, an import's
 * "column: value" lines are translated line by line. The words come from a {@link HistoryWords}.
 */
public final class HistoryLabels {
    private static final Map<RecordKind, String> KINDS = Map.of(
            RecordKind.INSPECTION, "巡察", RecordKind.PROBLEM, "问题", RecordKind.MEASURE, "整改措施",
            RecordKind.ACCOUNTABILITY, "问责情况", RecordKind.INSTITUTION, "建章立制", RecordKind.EVIDENCE, "佐证材料");

    /** The history in Chinese, as the ledger's columns call the fields: for exported workbooks. */
    public static final HistoryLabels CHINESE = new HistoryLabels(new ChineseHistoryWords());

    private final HistoryWords words;

    public HistoryLabels(HistoryWords words) {
        this.words = words;
    }

    /** A kind of record of the ledger in Chinese (巡察, 问题, 整改措施 …). */
    public static String kind(RecordKind kind) {
        return KINDS.get(kind);
    }

    public String action(ChangeAction a) {
        return words.action(a);
    }

    /** One field or, for an import's update, a comma-separated list of them. */
    public String fields(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String f : field.split(",")) {
            if (sb.length() > 0) {
                sb.append(words.fieldSeparator());
            }
            sb.append(words.field(f));
        }
        return sb.toString();
    }

    /** A stored value in words; an import's "column: value" lines are translated line by line. */
    public String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if (field == null || !field.contains(",")) {
            return single(field, value);
        }
        StringBuilder sb = new StringBuilder();
        for (String line : value.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            int colon = line.indexOf(": ");
            if (colon > 0) {
                String f = line.substring(0, colon);
                sb.append(words.field(f)).append(": ").append(single(f, line.substring(colon + 2)));
            } else {
                sb.append(line);
            }
        }
        return sb.toString();
    }

    private String single(String field, String value) {
        try {
            if ("status".equals(field)) {
                return Status.fromCode(value).word();
            }
            if ("deadline_kind".equals(field)) {
                return words.deadlineKind(DeadlineKind.fromCode(value));
            }
            if ("kind".equals(field) && (value.equals(InstitutionKind.NEW.code())
                    || value.equals(InstitutionKind.REVISED.code()))) {
                return words.institutionKind(InstitutionKind.fromCode(value));
            }
        } catch (IllegalArgumentException e) {
            return value;
        }
        return value;
    }

    /** An import's file, 撤销/重做 or a plain edit. */
    public String source(String source) {
        if (source == null || source.isEmpty()) {
            return words.edit();
        }
        if (source.startsWith("import: ")) {
            return words.imported(source.substring("import: ".length()));
        }
        return switch (source) {
            case "undo" -> words.undo();
            case "redo" -> words.redo();
            default -> source;
        };
    }
}
