package io.github.rectification.ledger.exchange.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusReadingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "已完成, DONE", "完成, DONE", "已整改, DONE", "已销号, DONE",
            "正在推进, IN_PROGRESS", "推进中, IN_PROGRESS", "整改中, IN_PROGRESS",
            "长期坚持, LONG_TERM", "持续推进, LONG_TERM",
            "未启动, NOT_STARTED", "未完成, NOT_STARTED", "' 已 完成 ', DONE"})
    void theWordsOfficesWrite(String word, Status status) {
        StatusReading.Result r = StatusReading.read(word, Deadline.NONE, null);
        assertThat(r.outcome()).isEqualTo(StatusReading.Outcome.KNOWN);
        assertThat(r.status()).isEqualTo(status);
    }

    /** A 是否完成 column beside a progress column: the progress tells a "no" in progress from not started. */
    @ParameterizedTest(name = "{0} with progress ''{1}'' → {2}")
    @CsvSource(value = {
            "是|已修订制度|DONE", "是||DONE", "√||DONE", "✓||DONE", "✔||DONE", "☑|已印发|DONE", "完成||DONE",
            "否|已起草初稿|IN_PROGRESS", "否||NOT_STARTED", "否|'  '|NOT_STARTED",
            "×|正在排查|IN_PROGRESS", "×||NOT_STARTED", "✗|正在排查|IN_PROGRESS", "✘||NOT_STARTED",
            "☐|已召开会议|IN_PROGRESS", "☐||NOT_STARTED",
            "未完成|已完成80%|IN_PROGRESS", "未完成||NOT_STARTED",
            "已完成||DONE", "未启动|拟于下月启动|NOT_STARTED", "正在推进||IN_PROGRESS"}, delimiter = '|')
    void aNoIsInProgressWhereTheRowsProgressIsWritten(String word, String progress, Status status) {
        StatusReading.Result r = StatusReading.read(word, Deadline.NONE, progress);
        assertThat(r.outcome()).isEqualTo(StatusReading.Outcome.KNOWN);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.word()).isEqualTo(word);
    }

    @Test
    void blankIsLongTermUnderALongTermDeadlineElseNotStarted() {
        assertThat(StatusReading.read(null, Deadline.longTerm(), null).status()).isEqualTo(Status.LONG_TERM);
        assertThat(StatusReading.read(" ", Deadline.NONE, null).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(StatusReading.read(null, Deadline.NONE, "进展").outcome()).isEqualTo(StatusReading.Outcome.BLANK);
    }

    @Test
    void anUnknownWordIsLeftToTheCaller() {
        StatusReading.Result r = StatusReading.read("基本完成", Deadline.NONE, "进展");
        assertThat(r.outcome()).isEqualTo(StatusReading.Outcome.UNKNOWN);
        assertThat(r.status()).isNull();
        assertThat(r.word()).isEqualTo("基本完成");
    }
}
