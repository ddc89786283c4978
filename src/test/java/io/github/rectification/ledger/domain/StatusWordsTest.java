package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTest {
    @ParameterizedTest
    @CsvSource({"已完成, DONE", "完成, DONE", "已整改, DONE", "已销号, DONE", "正在推进, IN_PROGRESS",
            "推进中, IN_PROGRESS", "整改中, IN_PROGRESS", "长期坚持, LONG_TERM", "持续推进, LONG_TERM",
            "未启动, NOT_STARTED", "未完成, NOT_STARTED", "'已 完成 ', DONE", "'　正在推进', IN_PROGRESS"})
    void wordsOfTheSamples(String word, Status status) {
        assertThat(StatusWords.classify(word)).contains(status);
    }

    @Test
    void judgementCallsAreLeftOpen() {
        assertThat(StatusWords.classify("基本完成")).isEmpty();
        assertThat(StatusWords.classify("")).isEmpty();
        assertThat(StatusWords.classify(null)).isEmpty();
    }

    @Test
    void codesAreTheJsonValues() {
        for (Status s : Status.values()) {
            assertThat(Status.fromCode(s.code())).isEqualTo(s);
            assertThat(Status.fromWord(s.word())).contains(s);
        }
    }
}
