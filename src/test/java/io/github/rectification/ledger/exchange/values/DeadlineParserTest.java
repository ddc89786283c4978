package io.github.rectification.ledger.exchange.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2022年3月底, 2022-03-31",
            "2022年3月31日, 2022-03-31",
            "2022.3.31, 2022-03-31",
            "2022/03/31, 2022-03-31",
            "2022-03-31, 2022-03-31",
            "2022-03, 2022-03-31",
            "2022年2月底前, 2022-02-28",
            "2024年2月底, 2024-02-29",
            "2022年6月, 2022-06-30",
            "2022年底前, 2022-12-31",
            "2022年上半年, 2022-06-30",
            "２０２２年３月底, 2022-03-31",
            "2022年1-8月, 2022-08-31",
            "2022年6月底前完成, 2022-06-30"})
    void datesAreReadAndTheTextKept(String text, String date) {
        DeadlineParser.Result r = DeadlineParser.parse(text, null);
        assertThat(r.understood()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(r.deadline().date()).isEqualTo(LocalDate.parse(date));
        assertThat(r.deadline().text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "3月底前, 2022, 2022-03-31",
            "8月底, 2023, 2023-08-31",
            "7、8月, 2022, 2022-08-31",
            "1-8月, 2022, 2022-08-31",
            "6月30日前, 2021, 2021-06-30"})
    void aMonthWithoutAYearTakesTheLedgersYear(String text, int year, String date) {
        Deadline d = DeadlineParser.parse(text, year).deadline();
        assertThat(d.date()).isEqualTo(LocalDate.parse(date));
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void aMonthWithoutAnyYearIsNotGuessed() {
        DeadlineParser.Result r = DeadlineParser.parse("3月底前", null);
        assertThat(r.understood()).isFalse();
        assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(r.deadline().text()).isEqualTo("3月底前");
    }

    @Test
    void kindsKeepTheirWording() {
        assertThat(DeadlineParser.parse("长期坚持", 2022).deadline())
                .isEqualTo(new Deadline(DeadlineKind.LONG_TERM, null, "长期坚持"));
        assertThat(DeadlineParser.parse("持续推进", 2022).deadline().kind()).isEqualTo(DeadlineKind.LONG_TERM);
        assertThat(DeadlineParser.parse(" 立行立改 ", 2022).deadline())
                .isEqualTo(new Deadline(DeadlineKind.IMMEDIATE, null, "立行立改"));
        assertThat(DeadlineParser.parse("立行立改并长期坚持", 2022).deadline().kind()).isEqualTo(DeadlineKind.LONG_TERM);
    }

    @Test
    void cellsOfOtherTypes() {
        assertThat(DeadlineParser.read(LocalDate.of(2022, 6, 30), null).deadline()).isEqualTo(Deadline.on(LocalDate.of(2022, 6, 30)));
        assertThat(DeadlineParser.read(null, null).deadline()).isEqualTo(Deadline.NONE);
        assertThat(DeadlineParser.read("  ", null).deadline()).isEqualTo(Deadline.NONE);
        // a date serial without a date format, and 2022.03 that Excel stored as a number
        assertThat(DeadlineParser.read(44742.0, null).deadline().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(DeadlineParser.read(2022.03, null).deadline().date()).isEqualTo(LocalDate.of(2022, 3, 31));
        DeadlineParser.Result odd = DeadlineParser.read("待定", 2022);
        assertThat(odd.understood()).isFalse();
        assertThat(odd.deadline().display()).isEqualTo("待定");
    }
}
