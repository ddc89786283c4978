package io.github.rectification.ledger.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Pages (A4, or A4 landscape) filled from the top with a cursor; a new page starts when the text
 * reaches the bottom margin.
 */
final class PdfPages {
    static final float MARGIN_X = 54f;
    static final float MARGIN_TOP = 56f;
    static final float MARGIN_BOTTOM = 56f;

    final PDDocument doc;
    final PDFont font;
    final TextWrap wrap;
    private final PDRectangle pageSize;
    private PDPageContentStream out;
    private float y;

    PdfPages(PDDocument doc, PDFont font) {
        this(doc, font, PDRectangle.A4);
    }

    PdfPages(PDDocument doc, PDFont font, PDRectangle size) {
        this.doc = doc;
        this.font = font;
        this.wrap = new TextWrap(font);
        this.pageSize = size;
    }

    /** A4 turned on its side. */
    static PDRectangle landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return pageSize.getWidth() - 2 * MARGIN_X;
    }

    float top() {
        return pageSize.getHeight() - MARGIN_TOP;
    }

    float y() {
        return y;
    }

    void down(float dy) {
        y -= dy;
    }

    /** Space left above the bottom margin on this page. */
    float room() {
        return out == null ? 0 : y - MARGIN_BOTTOM;
    }

    /** Height of an empty page's writing area. */
    float pageRoom() {
        return top() - MARGIN_BOTTOM;
    }

    void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(pageSize);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = top();
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void need(float height) throws IOException {
        if (out == null || room() < height) {
            newPage();
        }
    }

    PDPageContentStream stream() {
        return out;
    }

    void text(String s, float x, float baseline, float size, Color color) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    /** Writes wrapped text at the cursor, aligned left or centred, and moves the cursor below it. */
    void paragraph(String s, float size, boolean centred, Color color) throws IOException {
        float lh = size * 1.45f;
        List<String> lines = wrap.lines(s, size, width());
        for (String line : lines) {
            need(lh);
            float x = centred ? left() + (width() - wrap.width(line, size)) / 2 : left();
            text(line, x, y - size, size, color);
            y -= lh;
        }
    }

    void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** "第 1 页 共 3 页" at the foot of every page. */
    void numberPages() throws IOException {
        closePage();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String label = "第 " + (i + 1) + " 页 共 " + total + " 页";
                float size = 10.5f;
                float x = (pageSize.getWidth() - wrap.width(label, size)) / 2;
                s.beginText();
                s.setFont(font, size);
                s.setNonStrokingColor(Color.DARK_GRAY);
                s.newLineAtOffset(x, MARGIN_BOTTOM / 2);
                s.showText(label);
                s.endText();
            }
        }
    }
}
