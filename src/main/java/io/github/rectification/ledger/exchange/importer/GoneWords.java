package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;

/**
 * Names in words a record of the ledger that a re-imported workbook no longer holds, with the
 * inspection and problem it belongs to: 巡察“…”的问题“…”, 巡察“…”问题“…”的整改措施“…”.
 */
final class GoneWords {
    private GoneWords() {
    }

    static String problem(Inspection inspection, Problem p) {
        return of(inspection) + "的问题“" + title(p) + "”";
    }

    static String measure(Inspection inspection, Problem p, String measure) {
        return of(inspection) + (p == null ? "" : "问题“" + title(p) + "”") + "的整改措施“" + measure + "”";
    }

    static String register(String what, String label, Problem linked) {
        return what + "“" + label + "”" + (linked == null ? "" : "(关联问题“" + title(linked) + "”)");
    }

    private static String of(Inspection i) {
        return i == null ? "" : "巡察“" + i.name() + "”";
    }

    private static String title(Problem p) {
        String t = p.title() == null ? "" : p.title().strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
