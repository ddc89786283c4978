package io.github.rectification.ledger.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.notice.NoticeDraft;
import io.github.rectification.ledger.report.notice.NoticeDrafter;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeDocxTest {
    @TempDir
    Path dir;

    @Test
    void theDocxHasTheOfficialPageTypeAndParagraphs() throws Exception {
        NoticeDraft draft;
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            NoticeLedger.build(store, 0);
            draft = NoticeDrafter.draft(store.snapshot(), CountingRule.DEFAULT, NoticeLedger.DAY);
        }
        Path file = dir.resolve("通报.docx");
        NoticeDocx.write(draft, file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).hasToString("11906");
            assertThat(sect.getPgSz().getH()).hasToString("16838");
            CTPageMar mar = sect.getPgMar();
            assertThat(List.of(mar.getTop(), mar.getBottom(), mar.getLeft(), mar.getRight()))
                    .extracting(Object::toString).containsExactly("2098", "1984", "1587", "1474");

            List<XWPFParagraph> ps = doc.getParagraphs().stream().filter(p -> !p.getText().isEmpty()).toList();
            XWPFParagraph title = ps.get(0);
            assertThat(title.getText()).isEqualTo("中共市民政局党组关于巡察整改落实情况的通报");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertFont(title.getRuns().get(0), "方正小标宋简体", 22);

            XWPFParagraph summary = ps.stream().filter(p -> p.getText().startsWith("针对")).findFirst().orElseThrow();
            assertThat(summary.getText()).contains("整改完成率99.31%");
            assertFont(summary.getRuns().get(0), "仿宋_GB2312", 16);
            assertThat(summary.getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");
            assertThat(summary.getCTP().getPPr().getInd().getFirstLine()).hasToString("640");

            XWPFParagraph heading = ps.stream().filter(p -> p.getText().startsWith("二、")).findFirst().orElseThrow();
            assertFont(heading.getRuns().get(0), "黑体", 16);

            XWPFParagraph section = ps.stream().filter(p -> p.getText().startsWith("(一)关于")).findFirst().orElseThrow();
            assertThat(section.getRuns().get(0).text()).isEqualTo("(一)关于“党组领导核心作用发挥不充分”问题的整改情况。");
            assertFont(section.getRuns().get(0), "楷体_GB2312", 16);
            assertFont(section.getRuns().get(1), "仿宋_GB2312", 16);
            assertThat(section.getRuns().get(1).text()).startsWith("一是问题1措施1已落实:召开专题会议研究部署,形成制度文件并印发执行,定期督查推进,取得阶段成效。二是");

            assertThat(ps.get(ps.size() - 1).getText()).isEqualTo("2022年7月28日");
            assertThat(ps.get(ps.size() - 1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(ps).extracting(XWPFParagraph::getText).containsSubsequence(
                    draft.paragraphs().stream().map(p -> p.plain()).toList());

            assertThat(doc.getFooterList()).hasSize(2);
            for (XWPFFooter footer : doc.getFooterList()) {
                String xml = footer._getHdrFtr().xmlText();
                assertThat(xml).contains("PAGE").contains("fldChar");
                assertThat(footer.getText()).contains("— 1 —");
            }
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
        }
    }

    static void assertFont(XWPFRun run, String font, int size) {
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(font);
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo(font);
        assertThat(run.getFontSizeAsDouble()).isEqualTo(size);
    }
}
