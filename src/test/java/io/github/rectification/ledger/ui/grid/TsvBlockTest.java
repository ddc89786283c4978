package io.github.rectification.ledger.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvBlockTest {
    @Test
    void readsRowsEndedByCrLfAsExcelWritesThem() {
        assertThat(TsvBlock.parse("a\tb\tc\r\nd\te\tf\r\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"));
    }

    @Test
    void readsRowsEndedByLfAndALastRowWithoutLineBreak() {
        assertThat(TsvBlock.parse("a\tb\nc\td")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void keepsEmptyCellsInsideAndAtTheEndOfARow() {
        assertThat(TsvBlock.parse("\tb\t\r\n\t\t\r\n"))
                .containsExactly(List.of("", "b", ""), List.of("", "", ""));
    }

    @Test
    void readsQuotedCellsWithEmbeddedLineBreaksTabsAndDoubledQuotes() {
        String excel = "\"第一行\n第二行\"\t\"他说\"\"好\"\"\"\r\n\"a\tb\"\t已完成\r\n";
        assertThat(TsvBlock.parse(excel)).containsExactly(
                List.of("第一行\n第二行", "他说\"好\""),
                List.of("a\tb", "已完成"));
    }

    @Test
    void aQuoteInsideACellThatDoesNotBeginWithOneIsText() {
        assertThat(TsvBlock.parse("5\"屏\tx\r\n")).containsExactly(List.of("5\"屏", "x"));
    }

    @Test
    void writesWhatItReadsBackUnchanged() {
        List<List<String>> block = List.of(
                List.of("推进“三项”工作", "行一\n行二", "\"引\""),
                List.of("", "a\tb", "2026-06-30"));
        String text = TsvBlock.format(block);
        assertThat(text).startsWith("推进“三项”工作\t\"行一\n行二\"\t\"\"\"引\"\"\"\r\n").endsWith("2026-06-30\r\n");
        assertThat(TsvBlock.parse(text)).isEqualTo(block);
    }

    @Test
    void theHtmlFlavourIsATableOfTheCellsEscaped() {
        String html = TsvBlock.html(List.of(List.of("a<b", "x\ny"), List.of("&", "")));
        assertThat(html).contains("<table><tr><td>a&lt;b</td><td>x<br>y</td></tr><tr><td>&amp;</td><td></td></tr></table>");
    }

    @Test
    void nothingCopiedIsNoRow() {
        assertThat(TsvBlock.parse("")).isEmpty();
        assertThat(TsvBlock.parse(null)).isEmpty();
    }
}
