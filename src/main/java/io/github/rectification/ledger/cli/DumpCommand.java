package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dump --db FILE [--json]}: the whole ledger, as JSON or as an indented outline. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "输出整个台账:巡察、问题、整改措施、问责和建章立制。")
final class DumpCommand implements Callable<Integer> {
    @Mixin
    LedgerFileOption db;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Ledger ledger;
        Map<RecordKind, Map<Long, String>> uids = new HashMap<>();
        try (LedgerStore store = db.openExisting()) {
            ledger = store.inspections().snapshot();
            if (json) {
                for (RecordKind kind : List.of(RecordKind.INSPECTION, RecordKind.PROBLEM, RecordKind.MEASURE,
                        RecordKind.ACCOUNTABILITY, RecordKind.INSTITUTION)) {
                    uids.put(kind, store.history().uids(kind));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            LedgerJson.write(ledger, uids, out);
            out.println();
        } else {
            printOutline(out, ledger);
        }
        out.flush();
        return 0;
    }

    private static void printOutline(PrintWriter out, Ledger ledger) {
        Map<Long, List<Measure>> measures = ledger.measuresByProblem();
        for (Inspection i : ledger.inspections()) {
            out.println(i.name() + (i.inspectedUnit().isEmpty() ? "" : "(" + i.inspectedUnit() + ")"));
            for (Problem p : ledger.problemsOf(i.id())) {
                String indent = p.parentId() == null ? "  " : "    ";
                out.println(indent + p.seq() + " " + p.title());
                for (Measure m : measures.getOrDefault(p.id(), List.of())) {
                    out.println(indent + "  " + m.seq() + " [" + m.status().word() + "] " + shorten(m.text())
                            + (m.department().isEmpty() ? "" : " — " + m.department())
                            + (m.deadline().display().isEmpty() ? "" : " — " + m.deadline().display()));
                }
            }
        }
        out.println("问责 " + ledger.accountability().size() + " 条,建章立制 " + ledger.institutions().size() + " 条");
    }

    private static String shorten(String text) {
        int end = text.indexOf('。');
        String head = end > 0 ? text.substring(0, end) : text;
        return head.length() > 40 ? head.substring(0, 40) + "…" : head;
    }
}
