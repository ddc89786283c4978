package io.github.rectification.ledger.report.docx;

import io.github.rectification.ledger.files.AtomicFiles;
import static io.github.rectification.ledger.report.docx.OfficialFormat.BODY_FONT;
import static io.github.rectification.ledger.report.docx.OfficialFormat.BODY_SIZE;

import io.github.rectification.ledger.report.notice.NoticeContact;
import io.github.rectification.ledger.report.notice.NoticeDraft;
import io.github.rectification.ledger.report.notice.NoticeParagraph;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes a notice as a Word document in the official format: A4, the standard margins, the title in
 * 2号 小标宋, the text in 3号 仿宋 with a two-character first-line indent, headings in 黑体 and 楷体,
 * and page numbers "— 1 —" at the foot, right on odd pages and left on even ones; a document grid of
 * 22 lines × 28 characters, the official fonts named with the substitutes a machine without them uses,
 * signature and date laid out as for a document without a seal ({@link SignatureLayout}).
 */
public final class NoticeDocx {
    private NoticeDocx() {
    }

    public static void write(NoticeDraft draft, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(draft, out));
    }

    public static void write(NoticeDraft draft, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(draft.title());
            page(doc);
            defaults(doc);
            FontTable.add(doc, OfficialFormat.SUBSTITUTES);
            boolean first = true;
            for (NoticeParagraph p : draft.paragraphs()) {
                switch (p.role()) {
                    case TITLE -> {
                        XWPFParagraph para = paragraph(doc, ParagraphAlignment.CENTER, false);
                        run(para, p.plain(), OfficialFormat.TITLE_FONT, OfficialFormat.TITLE_SIZE);
                        paragraph(doc, ParagraphAlignment.LEFT, false);
                    }
                    case ADDRESSEE -> run(paragraph(doc, ParagraphAlignment.LEFT, false), p.plain(), BODY_FONT,
                            BODY_SIZE);
                    case HEADING -> run(paragraph(doc, ParagraphAlignment.BOTH, true), p.plain(),
                            OfficialFormat.HEADING_FONT, BODY_SIZE);
                    case SECTION -> {
                        XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH, true);
                        run(para, p.lead(), OfficialFormat.SUBHEADING_FONT, BODY_SIZE);
                        if (!p.text().isEmpty()) {
                            run(para, p.text(), BODY_FONT, BODY_SIZE);
                        }
                    }
                    case SIGNATURE, DATE -> {
                        if (p.role() == NoticeParagraph.Role.SIGNATURE || first) {
                            paragraph(doc, ParagraphAlignment.LEFT, false);
                        }
                        XWPFParagraph para = paragraph(doc, ParagraphAlignment.RIGHT, false);
                        SignatureLayout at = SignatureLayout.of(signature(draft), date(draft), BODY_SIZE * 20);
                        para.setIndentationRight(p.role() == NoticeParagraph.Role.SIGNATURE
                                ? at.signatureRight() : at.dateRight());
                        run(para, p.plain(), BODY_FONT, BODY_SIZE);
                    }
                    default -> run(paragraph(doc, ParagraphAlignment.BOTH, true), p.plain(), BODY_FONT, BODY_SIZE);
                }
                first = p.role() != NoticeParagraph.Role.SIGNATURE && first;
            }
            footers(doc);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(OfficialFormat.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(OfficialFormat.PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(OfficialFormat.MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(OfficialFormat.MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(OfficialFormat.MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(OfficialFormat.MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(OfficialFormat.twips(15)));
        mar.setFooter(BigInteger.valueOf(OfficialFormat.FOOTER_DISTANCE));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(OfficialFormat.LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(OfficialFormat.CHAR_SPACE));
    }

    /** The grid's character pitch is counted from the default text size, which is 3号 仿宋. */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(STOnOff1.ON);
        normal.setStyleId("Normal");
        normal.addNewName().setVal("Normal");
        normal.addNewRPr().set(rpr.copy());
        doc.createStyles().setStyles(styles);
    }

    private static String signature(NoticeDraft draft) {
        return draft.paragraphs().stream().filter(p -> p.role() == NoticeParagraph.Role.SIGNATURE)
                .map(NoticeParagraph::plain).findFirst().orElse("");
    }

    private static String date(NoticeDraft draft) {
        return draft.paragraphs().stream().filter(p -> p.role() == NoticeParagraph.Role.DATE)
                .map(NoticeParagraph::plain).findFirst().orElse("");
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(OfficialFormat.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        // the grid states the page; the text keeps to it by its own line pitch and letter spacing, since
        // LibreOffice spreads characters narrower than a grid cell over two cells
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        if (indent) {
            CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(OfficialFormat.INDENT_TWO_CHARS));
        }
        return p;
    }

    /** Text in runs; a {@link NoticeContact#BLANK} the office has still to fill in is highlighted yellow. */
    static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun last = null;
        int from = 0;
        while (true) {
            int at = text.indexOf(NoticeContact.BLANK, from);
            String part = text.substring(from, at < 0 ? text.length() : at);
            if (!part.isEmpty() || (at < 0 && last == null)) {
                last = plainRun(p, part, font, size);
            }
            if (at < 0) {
                return last;
            }
            last = plainRun(p, NoticeContact.BLANK, font, size);
            last.setTextHighlightColor("yellow");
            from = at + NoticeContact.BLANK.length();
        }
    }

    private static XWPFRun plainRun(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        font(r, font, size);
        return r;
    }

    private static void font(XWPFRun r, String font, int size) {
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.cs);
        r.setFontSize(size);
        if (size == BODY_SIZE) {
            r.setCharacterSpacing(OfficialFormat.BODY_LETTER_SPACING);
        }
    }

    /** "— 1 —" in 4号 宋体: odd pages right, even pages left, one character in from the edge. */
    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        int oneChar = OfficialFormat.PAGE_NUMBER_SIZE * 20;
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        String f = OfficialFormat.PAGE_NUMBER_FONT;
        int size = OfficialFormat.PAGE_NUMBER_SIZE;
        run(p, "— ", f, size);
        font(field(p, STFldCharType.BEGIN), f, size);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        font(instr, f, size);
        font(field(p, STFldCharType.SEPARATE), f, size);
        run(p, "1", f, size);
        font(field(p, STFldCharType.END), f, size);
        run(p, " —", f, size);
    }

    private static XWPFRun field(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = p.createRun();
        r.getCTR().addNewFldChar().setFldCharType(type);
        return r;
    }
}
