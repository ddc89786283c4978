package io.github.rectification.ledger.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Chinese TrueType font opened from a file or from the jar, ready to embed (as a subset) in a PDF. Keep it open
 * until the document is saved: the subset is cut from the file at save time.
 */
public final class CjkFont implements Closeable {
    private final String source;
    private final TrueTypeFont font;
    private final Closeable owner;
    private final CmapLookup cmap;

    CjkFont(String source, TrueTypeFont font, Closeable owner) throws IOException {
        this.source = source;
        this.font = font;
        this.owner = owner;
        this.cmap = font.getUnicodeCmapLookup(false);
    }

    /** Where the font was read from: a file's path, or the resource inside the application. */
    public String source() {
        return source;
    }

    public String name() {
        try {
            return font.getName();
        } catch (IOException e) {
            return source;
        }
    }

    /** The font for one document, embedded as a subset. */
    public PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, font, true);
    }

    /** The text with every character the font lacks (and control characters) replaced, so it can be shown. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\t' || Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (cmap != null && cmap.getGlyphId(cp) != 0) {
                sb.appendCodePoint(cp);
            } else if (cp == '\u3000') {
                sb.append("  ");
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        owner.close();
    }
}
