package io.github.rectification.ledger.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlockTest {
    private static String resource(String name) throws Exception {
        try (InputStream in = HtmlBlockTest.class.getResourceAsStream("/clipboard/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void excelsHtmlGivesItsCellsWithLineBreaksAndQuoteMarksKept() throws Exception {
        List<List<String>> rows = HtmlBlock.parse(resource("excel-3x4.html")).orElseThrow();
        assertThat(rows).containsExactly(
                List.of("张三", "2027/3/31", "\"两个责任\"已压实，\n已召开专题会议", "已完成"),
                List.of("王五", "长期坚持", "\"两个责任\"正在压实", "正在推进"),
                List.of("钱六", "2027/6/30", "", "未启动"));
    }

    @Test
    void mergedCellsAreSpreadOverTheCellsTheyCoverTheFirstHoldingTheText() {
        String html = "<table><tr><td rowspan=2>问题一</td><td colspan=2>措施一</td><td>甲</td></tr>"
                + "<tr><td>措施二</td><td>乙</td><td>丙</td></tr>"
                + "<tr><td>问题二</td><td>措施三</td><td></td><td>丁</td></tr></table>";
        assertThat(HtmlBlock.parse(html).orElseThrow()).containsExactly(
                List.of("问题一", "措施一", "", "甲"),
                List.of("", "措施二", "乙", "丙"),
                List.of("问题二", "措施三", "", "丁"));
    }

    @Test
    void ourOwnCopyReadsBackAsTheSameCells() {
        List<List<String>> cells = List.of(List.of("a<b & \"c\"", "二行\n文字"), List.of("", "x"));
        assertThat(HtmlBlock.parse(TsvBlock.html(cells)).orElseThrow()).isEqualTo(cells);
    }

    @Test
    void htmlWithoutATableIsNoBlock() {
        assertThat(HtmlBlock.parse("<p>一段文字</p>")).isEmpty();
        assertThat(HtmlBlock.parse("")).isEmpty();
        assertThat(HtmlBlock.parse(null)).isEmpty();
    }
}
