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

    /** A period written with its year: its last day, whatever the ledger's year. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2023年第三季度, 2023-09-30",
            "2023年第一季度, 2023-03-31",
            "2023年三季度, 2023-09-30",
            "2023年四季度末, 2023-12-31",
            "2023年3季度, 2023-09-30",
            "2023年度第二季度, 2023-06-30",
            "2023Q3, 2023-09-30",
            "2023 Q1, 2023-03-31",
            "2023年Q4, 2023-12-31",
            "2023-q2, 2023-06-30",
            "２０２３Ｑ３, 2023-09-30",
            "2022年下半年, 2022-12-31",
            "2022年度上半年, 2022-06-30",
            "2023年6月上旬, 2023-06-10",
            "2023年6月中旬, 2023-06-20",
            "2023年6月下旬, 2023-06-30",
            "2024年2月下旬, 2024-02-29",
            "2023年6月中, 2023-06-15",
            "2023年6月中下旬, 2023-06-30",
            "2023年6月中旬前完成, 2023-06-20",
            "2022年内, 2022-12-31",
            "2022年年底前, 2022-12-31",
            "2022年末, 2022-12-31"})
    void periodsWithTheirYearEndOnTheirLastDay(String text, String date) {
        for (Integer context : new Integer[] {null, 2025}) {
            DeadlineParser.Result r = DeadlineParser.parse(text, context);
            assertThat(r.understood()).as("%s in %s", text, context).isTrue();
            assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.DATE);
            assertThat(r.deadline().date()).as("%s in %s", text, context).isEqualTo(LocalDate.parse(date));
            assertThat(r.deadline().text()).isEqualTo(text);
        }
    }

    /** A period without a year: the ledger's year (填报日期 or feedback date), the period's last day. */
    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "年底, 2023, 2023-12-31",
            "年内, 2023, 2023-12-31",
            "年底前, 2023, 2023-12-31",
            "年末, 2023, 2023-12-31",
            "今年底前, 2023, 2023-12-31",
            "本年度内完成, 2023, 2023-12-31",
            "上半年, 2023, 2023-06-30",
            "下半年, 2023, 2023-12-31",
            "上半年前完成, 2024, 2024-06-30",
            "第一季度, 2023, 2023-03-31",
            "第二季度, 2023, 2023-06-30",
            "第三季度, 2023, 2023-09-30",
            "第四季度, 2023, 2023-12-31",
            "一季度, 2024, 2024-03-31",
            "二季度, 2024, 2024-06-30",
            "三季度末, 2024, 2024-09-30",
            "四季度前, 2024, 2024-12-31",
            "1季度, 2023, 2023-03-31",
            "第3季度, 2023, 2023-09-30",
            "Q1, 2023, 2023-03-31",
            "Q2, 2023, 2023-06-30",
            "q3, 2023, 2023-09-30",
            "Q4前, 2023, 2023-12-31",
            "Ｑ３, 2023, 2023-09-30",
            "6月上旬, 2023, 2023-06-10",
            "6月中旬, 2023, 2023-06-20",
            "6月下旬, 2023, 2023-06-30",
            "2月下旬, 2024, 2024-02-29",
            "6月中, 2023, 2023-06-15",
            "6月中旬前, 2023, 2023-06-20",
            "6月上中旬, 2023, 2023-06-20",
            "6月30日前, 2023, 2023-06-30",
            "6月底前, 2023, 2023-06-30",
            "6月底, 2023, 2023-06-30",
            "9月底前（三季度）, 2023, 2023-09-30"})
    void aPeriodWithoutAYearTakesTheLedgersYearAndEndsOnItsLastDay(String text, int year, String date) {
        DeadlineParser.Result r = DeadlineParser.parse(text, year);
        assertThat(r.understood()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(r.deadline().date()).isEqualTo(LocalDate.parse(date));
        assertThat(r.deadline().text()).isEqualTo(text);
    }

    /** A year in the text wins over the ledger's year, and the longer-standing readings keep their results. */
    @ParameterizedTest(name = "{0} in 2023 → {1}")
    @CsvSource({
            "2022年底, 2022-12-31",
            "2022年底前, 2022-12-31",
            "2022年上半年, 2022-06-30",
            "2022年第三季度, 2022-09-30",
            "2022Q3, 2022-09-30",
            "2022年3月底, 2022-03-31",
            "2022年3月底前（一季度）, 2022-03-31",
            "2022年1-8月, 2022-08-31",
            "2022年6月30日, 2022-06-30",
            "2022年6月下旬, 2022-06-30",
            "1-8月, 2023-08-31",
            "7、8月, 2023-08-31"})
    void theTextsYearComesBeforeTheLedgers(String text, String date) {
        assertThat(DeadlineParser.parse(text, 2023).deadline().date()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"年底", "年底前", "年内", "上半年", "下半年", "第三季度", "三季度", "Q3", "6月下旬", "6月中", "6月底前"})
    void aPeriodWithoutAnyYearIsNotGuessed(String text) {
        DeadlineParser.Result r = DeadlineParser.parse(text, null);
        assertThat(r.understood()).isFalse();
        assertThat(r.deadline().kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(r.deadline().text()).isEqualTo(text);
    }

    /** 半年内 and 一年内 count from the feedback, not to the end of a calendar year: they are left to the office. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"半年内", "一年内", "两年内"})
    void aSpanOfTimeIsNotTheYearsEnd(String text) {
        assertThat(DeadlineParser.parse(text, 2023).understood()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"立行立改, IMMEDIATE", "即知即改, IMMEDIATE", "立即整改, IMMEDIATE", "即知即改、立行立改, IMMEDIATE",
            "长期, LONG_TERM", "长期坚持, LONG_TERM", "持续推进, LONG_TERM", "常态化推进, LONG_TERM",
            "2023年底前完成并长期坚持, LONG_TERM", "立行立改并持续推进, LONG_TERM"})
    void immediateAndLongTermKeepTheirText(String text, DeadlineKind kind) {
        for (Integer context : new Integer[] {null, 2023}) {
            DeadlineParser.Result r = DeadlineParser.parse(text, context);
            assertThat(r.understood()).isTrue();
            assertThat(r.deadline()).isEqualTo(new Deadline(kind, null, text));
        }
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
