package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class MeasureRowsTest {
    static final ExportStyles.Indexes STYLES = new ExportStyles.Indexes(1, 2, 3, 4, 5, 6, 7);
    final Problem a = new Problem(11, 1, null, "1", "类别", "问题甲", "", 0);
    final Problem b = new Problem(12, 1, null, "2", "类别", "问题乙", "", 0);
    final Problem c = new Problem(13, 1, null, "3", "类别", "问题丙", "", 0);
    final List<ChunkFeed.Chunk> chunks = new ArrayList<>();

    private PageBreaks pages = new PageBreaks(10_000, 10_000);

    private MeasureRows rows(Map<Long, Integer> counts) {
        ChunkFeed.Sink sink = new ChunkFeed.Sink() {
            @Override
            public void hand(ChunkFeed.Chunk chunk) {
                chunks.add(chunk);
            }

            @Override
            public byte[] spare() {
                return null;
            }
        };
        return new MeasureRows("表", List.of(a, b, c), Map.of(11L, "uid-a", 12L, "uid-b", 13L, "uid-c"), counts,
                STYLES, () -> pages, sink, Map.of());
    }

    private String written() {
        StringBuilder sb = new StringBuilder();
        chunks.forEach(ch -> sb.append(new String(ch.bytes(), 0, ch.length(), StandardCharsets.UTF_8)));
        return sb.toString();
    }

    @Test
    void writesARowPerMeasureAndOneForAProblemWithoutMeasuresInTheProblemsOrder() {
        MeasureRows rows = rows(Map.of(11L, 2, 13L, 1));
        rows.measure(Measure.draft(11, "甲一"), "m1");
        rows.measure(Measure.draft(11, "甲二"), "m2");
        rows.measure(Measure.draft(13, "丙一"), "m3");
        rows.end();
        String xml = written();
        assertThat(xml).containsSubsequence("<row r=\"4\"", "问题甲", "甲一", "m1", "<row r=\"5\"", "甲二", "m2",
                "<row r=\"6\"", "问题乙", "uid-b", "<row r=\"7\"", "问题丙", "丙一", "m3");
        assertThat(xml).doesNotContain("<row r=\"8\"");
        assertThat(chunks.stream().mapToInt(ChunkFeed.Chunk::measures).sum()).isEqualTo(3);
    }

    @Test
    void aLedgerChangedSinceItsMeasuresWereCountedIsRefused() {
        MeasureRows more = rows(Map.of(11L, 1));
        more.measure(Measure.draft(11, "甲一"), "m1");
        assertThatThrownBy(() -> more.measure(Measure.draft(11, "甲二"), "m2"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("导出过程中被修改");

        MeasureRows fewer = rows(Map.of(11L, 2));
        fewer.measure(Measure.draft(11, "甲一"), "m1");
        assertThatThrownBy(fewer::end).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("导出过程中被修改");
    }

    @Test
    void aProblemThatFitsOnAPageStartsTheNextPageAndATallerOneIsContinuedUnderItsLabel() {
        // pages of 50 points: two rows of 22 points each
        pages = new PageBreaks(50, 50);
        MeasureRows rows = rows(Map.of(11L, 1, 12L, 2, 13L, 5));
        rows.measure(Measure.draft(11, "甲一"), "m1");
        rows.measure(Measure.draft(12, "乙一"), "m2");
        rows.measure(Measure.draft(12, "乙二"), "m3");
        for (int k = 1; k <= 5; k++) {
            rows.measure(Measure.draft(13, "丙" + k), "c" + k);
        }
        rows.end();
        // rows 4 (甲), 5–6 (乙, kept whole on page 2), 7–11 (丙: 7–8, then 9–10 and 11 under its label)
        assertThat(rows.breaks()).containsExactly(3, 5, 7, 9);
        assertThat(rows.merged()).extracting(CellRangeAddress::formatAsString)
                .containsExactly("A5:A6", "B5:B6", "C5:C6", "A7:A8", "B7:B8", "C7:C8", "A9:A10", "B9:B10", "C9:C10");
        String xml = written();
        assertThat(xml).containsSubsequence("<row r=\"7\"", "问题丙", "丙1", "<row r=\"9\"", "（续）问题丙", "丙3",
                "<row r=\"11\"", "（续）问题丙", "丙5");
        assertThat(xml.split("问题乙", -1)).hasSize(2);
    }
}
