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
        StatusReading.Result r = StatusReading.read(word, Deadline.NONE);
        assertThat(r.outcome()).isEqualTo(StatusReading.Outcome.KNOWN);
        assertThat(r.status()).isEqualTo(status);
    }

    @Test
    void blankIsLongTermUnderALongTermDeadlineElseNotStarted() {
        assertThat(StatusReading.read(null, Deadline.longTerm()).status()).isEqualTo(Status.LONG_TERM);
        assertThat(StatusReading.read(" ", Deadline.NONE).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(StatusReading.read(null, Deadline.NONE).outcome()).isEqualTo(StatusReading.Outcome.BLANK);
    }

    @Test
    void anUnknownWordIsLeftToTheCaller() {
        StatusReading.Result r = StatusReading.read("基本完成", Deadline.NONE);
        assertThat(r.outcome()).isEqualTo(StatusReading.Outcome.UNKNOWN);
        assertThat(r.status()).isNull();
        assertThat(r.word()).isEqualTo("基本完成");
    }
}
