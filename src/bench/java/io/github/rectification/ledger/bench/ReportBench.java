package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.docx.NoticeDocx;
import io.github.rectification.ledger.report.notice.NoticeDraft;
import io.github.rectification.ledger.report.notice.NoticeDrafter;
import io.github.rectification.ledger.report.pdf.CjkFont;
import io.github.rectification.ledger.report.pdf.CjkFontLocator;
import io.github.rectification.ledger.report.pdf.PdfPageImages;
import io.github.rectification.ledger.report.pdf.SummaryPdf;
import io.github.rectification.ledger.report.stats.ConsistencyCheck;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.summary.SummaryBuilder;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.report.xlsx.SummaryWorkbook;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench report}: creates a large ledger, then times the statistics, the consistency checks,
 * the leaders' summary as PDF and Excel, and the notice as text and Word.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "报表基准测试:新建大台账,测量统计、核查、汇总 PDF/Excel、通报起草与 Word 导出的耗时。")
final class ReportBench implements Callable<Integer> {
    @Mixin
    SyntheticOptions generated;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        generated.check();
        Path dir = Files.createTempDirectory("report-bench");
        try {
            run(dir).print(spec.commandLine().getOut(), json);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private BenchReport run(Path dir) throws Exception {
        LocalDate day = LocalDate.now();
        BenchReport r = new BenchReport("report", "报表基准测试");
        Ledger ledger;
        try (LedgerStore store = LedgerStore.open(dir.resolve("bench.zgtz"))) {
            SyntheticStore.Size size = generated.write(store);
            r.fact("problems", size.problems());
            r.fact("measures", size.measures());
            ledger = r.step("snapshot", "读出整本台账(snapshot)", 0, store.inspections()::snapshot, l -> "");
        }
        LedgerStatistics stats = r.step("statistics", "统计(总数、分类、部门、领导、预警)", 2,
                () -> StatisticsService.compute(ledger, CountingRule.DEFAULT, WarningBands.DEFAULT, day),
                s -> s.figures().rate().formatted() + ",预警 " + s.warnings().size() + " 条,部门 "
                        + s.byDepartment().size() + " 个");
        r.step("checks", "一致性核查", 2, () -> ConsistencyCheck.of(stats), f -> f.size() + " 条提示");
        SummaryDocument summary = r.step("summary", "汇总排版(SummaryBuilder)", 2, () -> SummaryBuilder.of(stats),
                s -> s.tables().get(s.tables().size() - 1).rows().size() + " 条未完成措施");
        Path pdf = dir.resolve("summary.pdf");
        try (CjkFont font = CjkFontLocator.open(Optional.empty())) {
            r.step("pdf", "汇总 PDF(PDFBox,嵌入字体子集)", 0, () -> {
                io(() -> SummaryPdf.write(summary, font, pdf));
                return pdf;
            }, p -> pages(p) + " 页," + kb(p));
        }
        Path xlsx = dir.resolve("summary.xlsx");
        r.step("xlsx", "汇总 Excel(XSSF)", 0, () -> {
            io(() -> SummaryWorkbook.write(summary, xlsx));
            return xlsx;
        }, this::kb);
        NoticeDraft draft = r.step("notice", "起草通报(最后一次巡察)", 2,
                () -> NoticeDrafter.draft(ledger, CountingRule.DEFAULT, day), d -> d.paragraphs().size() + " 段");
        Path docx = dir.resolve("notice.docx");
        r.step("docx", "通报 Word(XWPF)", 0, () -> {
            io(() -> NoticeDocx.write(draft, docx));
            return docx;
        }, this::kb);
        return r;
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pages(Path pdf) {
        try {
            return PdfPageImages.count(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String kb(Path p) {
        try {
            return Files.size(p) / 1024 + " KB";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
