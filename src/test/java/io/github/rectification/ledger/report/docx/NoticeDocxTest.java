package io.github.rectification.ledger.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.notice.NoticeContact;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
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
            draft = NoticeDrafter.draft(store.inspections().snapshot(), CountingRule.DEFAULT, NoticeLedger.DAY);
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

            XWPFParagraph summary = ps.stream().filter(p -> p.getText().startsWith("截至")).findFirst().orElseThrow();
            assertThat(summary.getText()).contains("整改完成率99.31%");
            assertFont(summary.getRuns().get(0), "仿宋_GB2312", 16);
            assertThat(summary.getCTP().getPPr().getInd().getFirstLineChars()).hasToString("200");
            assertThat(summary.getCTP().getPPr().getInd().getFirstLine()).hasToString("640");

            XWPFParagraph heading = ps.stream().filter(p -> p.getText().startsWith("二、")).findFirst().orElseThrow();
            assertFont(heading.getRuns().get(0), "黑体", 16);

            XWPFParagraph section = ps.stream().filter(p -> p.getText().startsWith("（一）关于")).findFirst().orElseThrow();
            assertThat(section.getRuns().get(0).text()).isEqualTo("（一）关于“党组领导核心作用发挥不充分”问题的整改情况。");
            assertFont(section.getRuns().get(0), "楷体_GB2312", 16);
            assertFont(section.getRuns().get(1), "仿宋_GB2312", 16);
            assertThat(section.getRuns().get(1).text()).startsWith("一是问题1措施1已落实：召开专题会议研究部署，形成制度文件并印发执行，定期督查推进，取得阶段成效。二是");

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

    @Test
    void theGridHolds22LinesOf28CharactersOnTheTypeArea() throws Exception {
        try (XWPFDocument doc = written()) {
            CTDocGrid grid = doc.getDocument().getBody().getSectPr().getDocGrid();
            assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            int pitch = Integer.parseInt(grid.getLinePitch().toString());
            int charSpace = Integer.parseInt(grid.getCharSpace().toString());
            // 225 mm high, 156 mm wide, in twentieths of a point
            assertThat(22 * pitch).isBetween(12756 - 22, 12756);
            double charPt = 16 + charSpace / 4096.0;
            assertThat(28 * charPt * 20).isBetween(8845 - 28.0, 8845.0);
            assertThat(doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void theFontTableNamesSubstitutes() throws Exception {
        try (XWPFDocument doc = written()) {
            var rel = doc.getPackagePart().getRelationshipsByType(
                    org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getRelation()).getRelationship(0);
            String xml;
            try (InputStream in = doc.getPackagePart().getRelatedPart(rel).getInputStream()) {
                xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(xml).contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
                    .contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>")
                    .contains("w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>");
        }
    }

    @Test
    void aContactNotGivenIsHighlighted() throws Exception {
        try (XWPFDocument doc = written()) {
            XWPFParagraph contact = doc.getParagraphs().stream().filter(p -> p.getText().contains("联系电话"))
                    .findFirst().orElseThrow();
            List<XWPFRun> blanks = contact.getRuns().stream().filter(r -> NoticeContact.BLANK.equals(r.text())).toList();
            assertThat(blanks).hasSize(2).allSatisfy(r -> assertThat(r.getTextHightlightColor())
                    .isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor.YELLOW));
            assertThat(contact.getRuns().get(0).isHighlighted()).isFalse();
        }
    }

    @Test
    void signatureAndDateStandAsForADocumentWithoutASeal() throws Exception {
        try (XWPFDocument doc = written()) {
            List<XWPFParagraph> ps = doc.getParagraphs().stream().filter(p -> !p.getText().isEmpty()).toList();
            XWPFParagraph signature = ps.get(ps.size() - 2);
            XWPFParagraph date = ps.get(ps.size() - 1);
            assertThat(signature.getText()).isEqualTo("中共市民政局党组");
            assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            // the date (6½ characters) would end 1½ characters from the margin under a signature (8) set two in:
            // it is set two in instead, and the signature moves so the date still starts two characters right of it
            assertThat(date.getIndentationRight()).isEqualTo(2 * 320);
            assertThat(signature.getIndentationRight()).isEqualTo((int) Math.round((2 + 6.5 + 2 - 8) * 320));
        }
        SignatureLayout longName = SignatureLayout.of("中共温州市民政局党组", "2022年7月28日", 320);
        assertThat(longName.signatureRight()).isEqualTo(2 * 320);
        assertThat(longName.dateRight()).isEqualTo((int) Math.round((2 + 10 - 2 - 6.5) * 320));
        SignatureLayout longDate = SignatureLayout.of("中共某局党组", "2022年12月28日", 320);
        assertThat(longDate.dateRight()).isEqualTo(2 * 320);
        assertThat(longDate.signatureRight()).isEqualTo((int) Math.round((2 + 7 + 2 - 6) * 320));
    }

    XWPFDocument written() throws Exception {
        NoticeDraft draft;
        try (LedgerStore store = LedgerStore.open(dir.resolve("w.zgtz"))) {
            NoticeLedger.build(store, 0);
            draft = NoticeDrafter.draft(store.inspections().snapshot(), CountingRule.DEFAULT, NoticeLedger.DAY);
        }
        Path file = dir.resolve("w.docx");
        NoticeDocx.write(draft, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static void assertFont(XWPFRun run, String font, int size) {
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(font);
        assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo(font);
        assertThat(run.getFontSizeAsDouble()).isEqualTo(size);
    }
}
