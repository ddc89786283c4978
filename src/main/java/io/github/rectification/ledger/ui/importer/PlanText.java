package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.importer.ImportPlan;

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

    /** One line of a list: where it is, what it is, its text. */
    static String item(ImportPlan.Item item) {
        String where = item.sheet() == null ? "" : item.row() == null ? item.sheet() + "  "
                : lang("import.item.where", item.sheet(), item.row()) + "  ";
        return where + "[" + kind(item.kind()) + "] " + item.label();
    }

    static String summary(ImportPlan plan) {
        return lang("import.summary", plan.fileName(), plan.inspections(), plan.problems(), plan.measures(),
                plan.added(), plan.updated(), plan.unchanged(), plan.deleted(), plan.warnings().size());
    }
}
