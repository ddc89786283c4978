package io.github.rectification.ledger.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.summary.SummaryBuilder;
import io.github.rectification.ledger.report.summary.SummaryDocument;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryPdfTest {
    @TempDir
    Path dir;

    Ledger ledger() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 4);
            return store.inspections().snapshot();
        }
    }

    static String text(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc).replace("\r", "");
    }

    @Test
    void thePdfHoldsTheFiguresAndTheChineseHeadingsInAnEmbeddedFont() throws Exception {
        SummaryDocument summary = SummaryBuilder.of(StatisticsService.compute(ledger(), CountingRule.DEFAULT,
                WarningBands.DEFAULT, NoticeLedger.DAY));
        Path pdf = dir.resolve("汇总.pdf");
        try (CjkFont font = CjkFontLocator.open(Optional.empty())) {
            SummaryPdf.write(summary, font, pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String all = text(doc, 1, doc.getNumberOfPages());
            assertThat(all).contains("市民政局党组巡察整改落实情况汇总", "截至2022年7月28日", "主要数据",
                    "整改完成率", "99.31%", "145条", "144条（含长期坚持4条）", "1个问题（1条措施）",
                    "计算口径：按整改措施计算", "一、按问题类别统计", "二、按牵头部门统计", "三、未完成及逾期整改措施",
                    "全面从严治党方面", "养老服务处", "推进螺丝厂改制工作", "历史遗留问题", "逾期119天", "第 1 页 共 ");
            PDFont used = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(used.isEmbedded()).isTrue();
            assertThat(used.getName()).contains("WenQuanYi");
        }
    }

    @Test
    void longTablesBreakAcrossPagesWithTheHeaderRepeated() throws Exception {
        Ledger base = ledger();
        List<Measure> measures = new ArrayList<>();
        for (Measure m : base.measures()) {
            measures.add(MeasureBuilder.under(m.problemId()).id(m.id()).seq(m.seq()).text(m
                    .text() + "。" + "加强组织领导,细化整改任务,明确责任分工," .repeat(3)).leader(m.leader()).department(m
                    .department()).person(m.person()).deadline(Deadline.on(NoticeLedger.DAY.plusDays( m
                    .id() % 40 - 10))).order(m.order()).build());
        }
        Ledger open = new Ledger(base.inspections(), base.problems(), measures, List.of(), List.of());
        SummaryDocument summary = SummaryBuilder.of(StatisticsService.compute(open, CountingRule.DEFAULT,
                WarningBands.DEFAULT, NoticeLedger.DAY));
        Path pdf = dir.resolve("long.pdf");
        try (CjkFont font = CjkFontLocator.open(Optional.empty())) {
            SummaryPdf.write(summary, font, pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int p = 3; p <= pages; p++) {
                String page = text(doc, p, p);
                assertThat(page).as("page %d", p).contains("整改措施", "责任领导", "牵头部门", "整改时限")
                        .contains("正在推进") // no header without rows under it
                        .contains("第 " + p + " 页 共 " + pages + " 页");
            }
            assertThat(text(doc, 1, pages)).contains("问题29的第5条整改措施");
        }
    }

    @Test
    void withoutAUsableSystemFontTheCarriedOneIsEmbedded() throws Exception {
        Path notAFont = Files.writeString(dir.resolve("x.ttf"), "not a font");
        try (CjkFont font = CjkFontLocator.open(List.of(dir.resolve("missing.ttc"), notAFont))) {
            assertThat(font.source()).isEqualTo(CjkFontLocator.BUNDLED);
            assertThat(font.name()).contains("WenQuanYi");
            SummaryPdf.write(SummaryBuilder.of(StatisticsService.compute(ledger(), CountingRule.DEFAULT,
                    WarningBands.DEFAULT, NoticeLedger.DAY)), font, dir.resolve("carried.pdf"));
        }
        try (PDDocument doc = Loader.loadPDF(dir.resolve("carried.pdf").toFile())) {
            assertThat(text(doc, 1, 1)).contains("市民政局党组巡察整改落实情况汇总", "整改完成率");
            PDFont used = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(used.isEmbedded()).isTrue();
        }
    }

    @Test
    void aChosenFileThatIsNoChineseFontIsRefusedNamingIt() throws Exception {
        Path notAFont = Files.writeString(dir.resolve("x.ttf"), "not a font");
        assertThatThrownBy(() -> CjkFontLocator.open(Optional.of(notAFont)))
                .isInstanceOf(FontNotFoundException.class).hasMessageContaining(notAFont.toString())
                .hasMessageContaining("simsun.ttc");
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.isRegularFile(latinOnly)) {
            assertThat(CjkFontLocator.openFile(latinOnly)).isEmpty();
        }
    }

    @Test
    void aFontChosenInTheSettingsWins() throws Exception {
        Path chosen = dir.resolve("chosen.ttc");
        try (var in = CjkFontLocator.class.getResourceAsStream(CjkFontLocator.BUNDLED)) {
            Files.copy(in, chosen);
        }
        try (CjkFont font = CjkFontLocator.open(Optional.of(chosen))) {
            assertThat(font.source()).isEqualTo(chosen.toString());
            assertThat(font.printable("中文\u0007😀")).isEqualTo("中文 ?");
        }
    }
}
