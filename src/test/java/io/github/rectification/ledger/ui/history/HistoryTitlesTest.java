package io.github.rectification.ledger.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTitlesTest {

    @Test
    void aLongMeasureTextIsShortenedToItsFirstWords() {
        String text = "开展全市养老机构安全隐患排查整治，对全市187家养老机构逐一开展消防、食品、建筑安全检查，"
                + "建立问题清单、责任清单、整改清单，实行销号管理。\n第二段说明";
        String title = HistoryTitles.of("3.", text);
        assertThat(title).startsWith("3. 开展全市养老机构安全隐患排查整治").endsWith("…").doesNotContain("\n");
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(34);
        assertThat(HistoryTitles.of(null, "市委第一巡察组巡察市民政局")).isEqualTo("市委第一巡察组巡察市民政局");
    }
}
