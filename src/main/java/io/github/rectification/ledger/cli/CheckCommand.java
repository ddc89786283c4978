package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
    private static final JsonFactory JSON = JsonFactory.builder().build().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Mixin
    LedgerFileOption db;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "检查所依据的日期,默认今天")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    /** The records of each finding the plain report prints. */
    private static final int SHOWN = 5;

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<QualityFinding> findings;
        try (LedgerStore store = db.openExistingCheckedAlongside()) {
            try {
                // the plain report prints the first five records of each finding: only those are read whole
                findings = json ? QualityCheck.of(store, day) : QualityCheck.of(store, day, SHOWN);
            } catch (StoreException e) {
                store.verified();
                throw e;
            }
            store.verified();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // streamed: 100,000 measures can give a megabyte of findings, written as they come
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("checks");
                for (QualityFinding f : findings) {
                    g.writeStartObject();
                    g.writeStringField("kind", f.kind().code());
                    g.writeNumberField("count", f.count());
                    g.writeStringField("summary", f.summary());
                    g.writeArrayFieldStart("records");
                    for (Finding x : f.records()) {
                        g.writeStartObject();
                        id(g, "problem_id", x.problemId());
                        id(g, "measure_id", x.measureId());
                        g.writeStringField("message", x.message());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
        } else if (findings.isEmpty()) {
            out.println("未发现数据质量问题");
        } else {
            for (QualityFinding f : findings) {
                out.println(f.summary());
                f.records().stream().limit(SHOWN).forEach(x -> out.println("  " + x.message()));
                if (f.count() > SHOWN) {
                    out.println("  …另有 " + (f.count() - SHOWN) + " 条");
                }
            }
        }
        return 0;
    }

    private static void id(JsonGenerator g, String field, Long id) throws java.io.IOException {
        if (id == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, id);
        }
    }
}
