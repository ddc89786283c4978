package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasureRowsTest {
    static final ExportStyles.Indexes STYLES = new ExportStyles.Indexes(1, 2, 3, 4, 5, 6, 7);
    final Problem a = new Problem(11, 1, null, "1", "类别", "问题甲", "", 0);
    final Problem b = new Problem(12, 1, null, "2", "类别", "问题乙", "", 0);
    final Problem c = new Problem(13, 1, null, "3", "类别", "问题丙", "", 0);
    final List<ChunkFeed.Chunk> chunks = new ArrayList<>();

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
                STYLES, sink);
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
}
