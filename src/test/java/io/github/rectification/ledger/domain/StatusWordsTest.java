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

    /** A yes/no column (是否完成): a "yes" is done, a "no" in progress where the row's progress is written. */
    @ParameterizedTest(name = "{0} → {1}; without progress {2}, with progress {3}")
    @CsvSource({
            "是, YES, DONE, DONE",
            "√, YES, DONE, DONE",
            "✓, YES, DONE, DONE",
            "✔, YES, DONE, DONE",
            "☑, YES, DONE, DONE",
            "完成, YES, DONE, DONE",
            "' 是 ', YES, DONE, DONE",
            "否, NO, NOT_STARTED, IN_PROGRESS",
            "×, NO, NOT_STARTED, IN_PROGRESS",
            "✗, NO, NOT_STARTED, IN_PROGRESS",
            "✘, NO, NOT_STARTED, IN_PROGRESS",
            "☐, NO, NOT_STARTED, IN_PROGRESS",
            "未完成, NO, NOT_STARTED, IN_PROGRESS",
            "'　否', NO, NOT_STARTED, IN_PROGRESS"})
    void yesAndNo(String word, StatusWords.Answer answer, Status withoutProgress, Status withProgress) {
        assertThat(StatusWords.answer(word)).contains(answer);
        assertThat(StatusWords.classify(word, false)).contains(withoutProgress);
        assertThat(StatusWords.classify(word, true)).contains(withProgress);
        assertThat(StatusWords.classify(word)).contains(withoutProgress);
    }

    @ParameterizedTest
    @CsvSource({"已完成, DONE", "正在推进, IN_PROGRESS", "长期坚持, LONG_TERM", "未启动, NOT_STARTED"})
    void aStatusWordNamesItsStatusWhateverTheProgress(String word, Status status) {
        assertThat(StatusWords.classify(word, true)).contains(status);
        assertThat(StatusWords.classify(word, false)).contains(status);
        assertThat(StatusWords.answer(word)).isEmpty();
    }

    @Test
    void judgementCallsAreLeftOpen() {
        assertThat(StatusWords.classify("基本完成")).isEmpty();
        assertThat(StatusWords.classify("基本完成", true)).isEmpty();
        assertThat(StatusWords.classify("")).isEmpty();
        assertThat(StatusWords.classify(null)).isEmpty();
        assertThat(StatusWords.classify(null, true)).isEmpty();
        assertThat(StatusWords.answer(null)).isEmpty();
        assertThat(StatusWords.answer("☒")).isEmpty();
    }

    @Test
    void codesAreTheJsonValues() {
        for (Status s : Status.values()) {
            assertThat(Status.fromCode(s.code())).isEqualTo(s);
            assertThat(Status.fromWord(s.word())).contains(s);
        }
    }
}
