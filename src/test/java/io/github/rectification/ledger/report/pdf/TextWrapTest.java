package io.github.rectification.ledger.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    static final float SIZE = 10.5f;

    @Test
    void aNumberAndItsUnitAreNeverSplitAcrossLinesWhenTheyFitOnOne() throws Exception {
        String text = "建立健全制度机制，修订完善1 / 4项，整改完成率85.5%，已完成12条，问责3人";
        List<String> whole = List.of("1 / 4项", "85.5%", "12条", "3人");
        try (CjkFont cjk = CjkFontLocator.open(Optional.empty()); PDDocument doc = new PDDocument()) {
            PDFont font = cjk.load(doc);
            TextWrap wrap = new TextWrap(font);
            float widest = 0;
            for (String piece : whole) {
                widest = Math.max(widest, wrap.width(piece, SIZE));
            }
            int checked = 0;
            for (float max = widest; max <= wrap.width(text, SIZE); max += 0.5f) {
                List<String> lines = wrap.lines(text, SIZE, max);
                assertThat(String.join("", lines)).isEqualTo(text);
                for (String line : lines) {
                    assertThat(wrap.width(line, SIZE)).as("line %s at width %s", line, max)
                            .isLessThanOrEqualTo(max + wrap.width("，", SIZE));
                }
                for (String piece : whole) {
                    assertThat(lines).as("%s kept whole at width %s in %s", piece, max, lines)
                            .anySatisfy(line -> assertThat(line).contains(piece));
                }
                checked++;
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    @Test
    void fullWidthClosingPunctuationNeverStartsALine() throws Exception {
        String text = "0项\uFF08新制定0项\uFF0C修订完善0项\uFF09\uFF1B另有2项";
        try (CjkFont cjk = CjkFontLocator.open(Optional.empty()); PDDocument doc = new PDDocument()) {
            TextWrap wrap = new TextWrap(cjk.load(doc));
            for (float max = wrap.width("0项", SIZE); max <= wrap.width(text, SIZE); max += 0.5f) {
                List<String> lines = wrap.lines(text, SIZE, max);
                assertThat(String.join("", lines)).isEqualTo(text);
                assertThat(lines).as("at width %s", max).noneSatisfy(line ->
                        assertThat(line).matches("^[\uFF09\uFF0C\uFF1B].*"));
            }
        }
    }

    @Test
    void aNumberWiderThanTheLineIsStillBrokenAndNothingIsLost() throws Exception {
        String text = "编号1234567890123456789项";
        try (CjkFont cjk = CjkFontLocator.open(Optional.empty()); PDDocument doc = new PDDocument()) {
            TextWrap wrap = new TextWrap(cjk.load(doc));
            float max = wrap.width("12345", SIZE);
            List<String> lines = wrap.lines(text, SIZE, max);
            assertThat(String.join("", lines)).isEqualTo(text);
            assertThat(lines).hasSizeGreaterThan(3)
                    .allSatisfy(line -> assertThat(wrap.width(line, SIZE)).isLessThanOrEqualTo(max));
        }
    }

    @Test
    void theUnbreakablePieceCoversRatiosDecimalsAndTheUnitOnly() {
        assertThat(TextWrap.unbreakableEnd("修订1 / 4项，", 2)).isEqualTo(8);
        assertThat(TextWrap.unbreakableEnd("85.5%以上", 0)).isEqualTo(5);
        assertThat(TextWrap.unbreakableEnd("12条措施", 0)).isEqualTo(3);
        assertThat(TextWrap.unbreakableEnd("3 项", 0)).isEqualTo(1);
        assertThat(TextWrap.unbreakableEnd("修订", 0)).isEqualTo(1);
    }
}
