package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import java.util.StringJoiner;

/** How the preview words the records of an import plan. */
final class PlanText {
    private PlanText() {
    }

    static String kind(ImportPlan.Kind kind) {
        return switch (kind) {
            case INSPECTION -> lang("import.kind.inspection");
            case PROBLEM -> lang("import.kind.problem");
            case MEASURE -> lang("import.kind.measure");
            case ACCOUNTABILITY -> lang("import.kind.accountability");
            case INSTITUTION -> lang("import.kind.institution");
        };
    }

    /** One line of a list: where it is, what it is, its text; for an update, each field from its old value to its new. */
    static String item(ImportPlan.Item item) {
        String where = item.sheet() == null ? "" : item.row() == null ? item.sheet() + "  "
                : lang("import.item.where", item.sheet(), item.row()) + "  ";
        StringBuilder line = new StringBuilder(where).append("[").append(kind(item.kind())).append("] ").append(item.label());
        if (!item.changes().isEmpty()) {
            StringJoiner changes = new StringJoiner(lang("import.change.separator"));
            for (ImportPlan.FieldChange c : item.changes()) {
                changes.add(lang("import.change", field(c.field()), value(c.before()), value(c.after())));
            }
            line.append(lang("import.changes", changes.toString()));
        }
        return line.toString();
    }

    /** How the columns of a sheet were read: each with its header and its field, or kept as extra data. */
    static String columns(java.util.List<ImportPlan.ColumnUse> uses) {
        StringJoiner read = new StringJoiner(lang("import.change.separator"));
        for (ImportPlan.ColumnUse u : uses) {
            read.add(u.field() == null ? lang("import.column.extra", u.column(), u.header())
                    : lang("import.column.read", u.column(), u.header(), fieldName(u.field(), u.header())));
        }
        return lang("import.columns", read.toString());
    }

    /** The name of the field a measure sheet's column is read as; the header itself for a field not named here. */
    private static String fieldName(String field, String header) {
        return switch (field) {
            case "SEQ" -> lang("import.field.seq");
            case "CATEGORY" -> lang("import.field.category");
            case "PROBLEM" -> lang("import.field.problem");
            case "MEASURE" -> lang("import.field.measure");
            case "LEADER" -> lang("import.field.leader");
            case "DEPARTMENT" -> lang("import.field.department");
            case "SUPPORTING" -> lang("import.field.supporting");
            case "PERSON" -> lang("import.field.person");
            case "DEADLINE" -> lang("import.field.deadline");
            case "PROGRESS" -> lang("import.field.progress");
            case "STATUS" -> lang("import.field.status");
            case "REMARKS" -> lang("import.field.remarks");
            case "COMPLETED_ON" -> lang("import.field.completedOn");
            case "CLOSE_OUT_REQUEST" -> lang("import.field.closeOutRequest");
            case "CLOSE_OUT_NOTE" -> lang("import.field.closeOutNote");
            default -> header;
        };
    }

    /** A measure field's name as the history names it. */
    static String field(String code) {
        MeasureField f = MeasureField.fromCode(code).orElse(null);
        if (f == null) {
            return code;
        }
        return switch (f) {
            case SEQ -> lang("history.field.seq");
            case TEXT -> lang("history.field.text");
            case LEADER -> lang("history.field.leader");
            case DEPARTMENT -> lang("history.field.department");
            case SUPPORTING_DEPARTMENTS -> lang("history.field.supporting_departments");
            case PERSON -> lang("history.field.person");
            case DEADLINE -> lang("history.field.deadline_date");
            case STATUS -> lang("history.field.status");
            case PROGRESS -> lang("history.field.progress");
            case COMPLETED_ON -> lang("history.field.completed_on");
            case REMARKS -> lang("history.field.remarks");
        };
    }

    private static String value(String v) {
        if (v == null || v.isBlank()) {
            return lang("import.change.empty");
        }
        String one = v.strip().replaceAll("\\s+", " ");
        return one.length() > SHOWN ? one.substring(0, SHOWN) + "…" : one;
    }

    /** The characters of a value a line shows; the line's tooltip shows them all. */
    private static final int SHOWN = 40;

    static String summary(ImportPlan plan) {
        return lang("import.summary", plan.fileName(), plan.inspections(), plan.problems(), plan.measures(),
                plan.added(), plan.updated(), plan.unchanged(), plan.deleted(), plan.warnings().size());
    }
}
