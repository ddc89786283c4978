package io.github.rectification.ledger.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width: at any character (Chinese has no spaces), keeping closing
 * punctuation on the line it closes and honouring line breaks in the text.
 */
final class TextWrap {
    private static final String NO_LINE_START = ",.;:!?)]}、,。;:!?)】》」』”’%";

    private final PDFont font;
    private final Map<Integer, Float> widths = new HashMap<>();

    TextWrap(PDFont font) {
        this.font = font;
    }

    float width(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += charWidth(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    private float charWidth(int cp) throws IOException {
        Float w = widths.get(cp);
        if (w == null) {
            w = font.getStringWidth(new String(Character.toChars(cp)));
            widths.put(cp, w);
        }
        return w;
    }

    List<String> lines(String text, float size, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float w = 0;
            for (int i = 0; i < para.length(); ) {
                int cp = para.codePointAt(i);
                int n = Character.charCount(cp);
                float cw = charWidth(cp) * size / 1000f;
                boolean hang = NO_LINE_START.indexOf(cp) >= 0 && line.length() > 0;
                if (w + cw > maxWidth && line.length() > 0 && !hang) {
                    out.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                line.appendCodePoint(cp);
                w += cw;
                i += n;
            }
            out.add(line.toString());
        }
        return out;
    }
}
