package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.report.quality.QualityCheck;
import io.github.rectification.ledger.report.quality.QualityFinding;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check --db DB [--json]}: the quality check of the ledger; exit 0 with findings too. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "数据质量检查:缺牵头部门/责任领导/时限、已完成无进展、文字整改、长期未更新、时限早于反馈、重复措施、名录外部门、无佐证销号等。")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    LedgerFileOption db;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "检查所依据的日期,默认今天")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<QualityFinding> findings;
        try (LedgerStore store = db.openExistingCheckedAlongside()) {
            try {
                findings = QualityCheck.of(store, day);
            } catch (StoreException e) {
                store.verified();
                throw e;
            }
            store.verified();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            ArrayNode a = o.putArray("checks");
            for (QualityFinding f : findings) {
                ObjectNode n = a.addObject().put("kind", f.kind().code()).put("count", f.records().size())
                        .put("summary", f.summary());
                ArrayNode r = n.putArray("records");
                for (Finding x : f.records()) {
                    ObjectNode e = r.addObject();
                    if (x.problemId() == null) {
                        e.putNull("problem_id");
                    } else {
                        e.put("problem_id", x.problemId());
                    }
                    if (x.measureId() == null) {
                        e.putNull("measure_id");
                    } else {
                        e.put("measure_id", x.measureId());
                    }
                    e.put("message", x.message());
                }
            }
            out.println(new ObjectMapper().writeValueAsString(o));
        } else if (findings.isEmpty()) {
            out.println("未发现数据质量问题");
        } else {
            for (QualityFinding f : findings) {
                out.println(f.summary());
                f.records().stream().limit(5).forEach(x -> out.println("  " + x.message()));
                if (f.records().size() > 5) {
                    out.println("  …另有 " + (f.records().size() - 5) + " 条");
                }
            }
        }
        return 0;
    }
}
