package io.github.rectification.ledger.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width: at any character (Chinese has no spaces), keeping closing
 * punctuation on the line it closes, keeping a number with its unit (1 / 4项, 85.5%, 3个) on one line
 * when it fits, and honouring line breaks in the text.
 */
final class TextWrap {
    private static final String NO_LINE_START = ",.;:!?)]}、。】》」』”’%"
            + "\uFF0C\uFF0E\uFF1B\uFF1A\uFF01\uFF1F\uFF09\uFF3D\uFF5D\uFF05";

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
                int end = unbreakableEnd(para, i);
                String piece = para.substring(i, end);
                float pw = width(piece, size);
                if (end - i > 1 && w + pw > maxWidth && line.length() > 0 && pw <= maxWidth) {
                    out.add(line.toString());
                    line.setLength(0);
                    w = 0;
                }
                for (int j = i; j < end; ) {
                    int cp = para.codePointAt(j);
                    float cw = charWidth(cp) * size / 1000f;
                    boolean hang = NO_LINE_START.indexOf(cp) >= 0 && line.length() > 0;
                    if (w + cw > maxWidth && line.length() > 0 && !hang) {
                        out.add(line.toString());
                        line.setLength(0);
                        w = 0;
                    }
                    line.appendCodePoint(cp);
                    w += cw;
                    j += Character.charCount(cp);
                }
                i = end;
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * The end of the piece starting at {@code start} that should not be broken: a number with its
     * fractions and ratios ({@code 1 / 4}, {@code 2/3}, {@code 85.5}) and the unit or percent sign
     * right after it; otherwise one character.
     */
    static int unbreakableEnd(String s, int start) {
        if (!isDigit(s, start)) {
            return start + Character.charCount(s.codePointAt(start));
        }
        int i = digitsEnd(s, start);
        while (true) {
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            if (j < s.length() && RATIO.indexOf(s.charAt(j)) >= 0) {
                int k = j + 1;
                while (k < s.length() && s.charAt(k) == ' ') {
                    k++;
                }
                if (isDigit(s, k)) {
                    i = digitsEnd(s, k);
                    continue;
                }
            }
            break;
        }
        if (i < s.length() && UNITS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static final String RATIO = "/／:";
    private static final String UNITS = "%％‰项个条人件次天日年月名家处批份元户本篇期轮组所";

    private static boolean isDigit(String s, int i) {
        return i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) >= '０' && s.charAt(i) <= '９');
    }

    private static int digitsEnd(String s, int i) {
        while (isDigit(s, i) || i + 1 < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',') && isDigit(s, i + 1)) {
            i++;
        }
        return i;
    }
}
