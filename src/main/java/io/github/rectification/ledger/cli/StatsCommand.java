package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.StatisticsListing;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats --db FILE [--json]}: the ledger's figures, counted by the ledger's counting rule. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "统计台账:问题数、措施数、完成情况、完成率、逾期、问责和建章立制。")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    LedgerFileOption db;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Option(names = "--warnings", description = "JSON 中列出全部时限预警(默认列出最紧迫的 "
            + StatsCommand.LISTED + " 条,另按预警等级和牵头部门计数)")
    boolean allWarnings;

    /** How many deadline warnings {@code --json} lists without {@code --warnings}. */
    static final int LISTED = 100;

    /** The day overdue is counted against; the system date unless a test fixes it. */
    @Option(names = {"--as-of", "--today"}, paramLabel = "YYYY-MM-DD", description = "统计截至日期(默认今天)")
    LocalDate today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = today == null ? LocalDate.now() : today;
        PrintWriter out = spec.commandLine().getOut();
        try (LedgerStore store = db.openExistingCheckedAlongside()) {
            StatisticsListing listing = null;
            LedgerFigures figures = null;
            try {
                if (json) {
                    listing = StatisticsListing.of(store, day, allWarnings ? -1 : LISTED);
                } else {
                    figures = StatisticsService.figures(store, day);
                }
            } catch (StoreException e) {
                store.verified();
                throw e;
            }
            store.verified();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(StatisticsJson.of(listing)));
            } else {
                printSummary(out, figures, day);
            }
        }
        out.flush();
        return 0;
    }

    private void printSummary(PrintWriter out, LedgerFigures f, LocalDate day) {
        out.println("台账: " + db.file.toAbsolutePath());
        out.printf("巡察 %d 次,问题 %d 个,整改措施 %d 条%n", f.inspections(), f.problems(), f.measures());
        StringJoiner byStatus = new StringJoiner(",");
        for (Status s : Status.values()) {
            byStatus.add(s.word() + " " + f.count(s) + " 条");
        }
        out.println("  " + byStatus);
        out.println("整改完成率 " + f.rate().formatted() + "（" + f.ruleText() + "）");
        out.printf("未完成问题 %d 个,未完成措施 %d 条,逾期措施 %d 条(截至 %s)%n",
                f.problemsUnfinished(), f.measuresUnfinished(), f.overdue(), day);
        StringJoiner acc = new StringJoiner("、");
        f.accountabilityByKind().forEach((kind, n) -> acc.add(kind + " " + n + " 人"));
        out.println("问责 " + f.accountabilityPersons() + " 人" + (f.accountabilityPersons() > 0 ? ":" + acc : ""));
        out.printf("建章立制 %d 项:新制定 %d 项、修订完善 %d 项%n",
                f.institutions(), f.institutionsNew(), f.institutionsRevised());
    }
}
