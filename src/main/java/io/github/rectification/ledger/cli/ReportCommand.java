package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.report.pdf.CjkFont;
import io.github.rectification.ledger.report.pdf.CjkFontLocator;
import io.github.rectification.ledger.report.pdf.SummaryPdf;
import io.github.rectification.ledger.report.stats.ConsistencyCheck;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.summary.SummaryBuilder;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.report.xlsx.SummaryWorkbook;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report FILE.pdf|FILE.xlsx --db DB}: the summary for leaders, as PDF or as a print-ready workbook. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "生成供领导阅看的整改情况汇总(A4):主要数据及计算口径、按问题类别和牵头部门统计、未完成及逾期措施。"
                + "文件名以 .pdf 结尾生成 PDF,以 .xlsx 结尾生成可直接打印的 Excel。")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "要写入的 .pdf 或 .xlsx 文件")
    Path file;

    @Mixin
    LedgerFileOption db;

    /** The inspections the summary counts; the whole ledger unless given. */
    @picocli.CommandLine.Mixin
    ScopeOption scope;

    @Option(names = "--font", paramLabel = "FONT", description = "PDF 使用的中文字体文件(.ttf/.ttc),优先于台账设置和系统字体")
    Path font;

    /** The day overdue is counted against; the system date unless a test fixes it. */
    @Option(names = {"--as-of", "--today"}, paramLabel = "YYYY-MM-DD", description = "统计截至日期(默认今天)")
    LocalDate today;

    @Override
    public Integer call() throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".xlsx")) {
            throw new RejectedInputException(Messages.TEXTS.text("report.kind", file));
        }
        LocalDate day = today == null ? LocalDate.now() : today;
        LedgerStatistics stats;
        Optional<Path> chosenFont;
        try (LedgerStore store = db.openExisting()) {
            stats = StatisticsService.of(store, day, scope.scope(store, ReportScope.WHOLE));
            chosenFont = font != null ? Optional.of(font) : ReportSettings.fontFile(store);
        }
        FindingsLine.of(ConsistencyCheck.of(stats)).ifPresent(spec.commandLine().getErr()::println);
        SummaryDocument summary = SummaryBuilder.of(stats);
        if (pdf) {
            try (CjkFont cjk = CjkFontLocator.open(chosenFont)) {
                SummaryPdf.write(summary, cjk, file);
            }
        } else {
            SummaryWorkbook.write(summary, file);
        }
        spec.commandLine().getOut().printf("已生成整改情况汇总 %s（整改完成率 %s）%n", file.toAbsolutePath(),
                stats.rateWithRule());
        return 0;
    }
}
