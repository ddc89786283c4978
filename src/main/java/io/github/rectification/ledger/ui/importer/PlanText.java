package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

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
                    : lang("import.column.read", u.column(), u.header(), lang("import.field." + camel(u.field()))));
        }
        return lang("import.columns", read.toString());
    }

    /** COMPLETED_ON → completedOn, as the bundle's keys are written. */
    private static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    /** A measure field's name as the history names it. */
    static String field(String code) {
        return lang("history.field." + ("deadline".equals(code) ? "deadline_date" : code));
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
