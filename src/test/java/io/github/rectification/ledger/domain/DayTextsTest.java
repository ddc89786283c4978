package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayTextsTest {
    @Test
    void readsTheWaysPeopleTypeADate() {
        LocalDate d = LocalDate.of(2022, 3, 31);
        assertThat(DayTexts.parse("2022-03-31")).contains(d);
        assertThat(DayTexts.parse("2022/3/31")).contains(d);
        assertThat(DayTexts.parse("2022.3.31")).contains(d);
        assertThat(DayTexts.parse("2022年3月31日")).contains(d);
        assertThat(DayTexts.parse(" 2022年3月31 ")).contains(d);
    }

    @Test
    void refusesWhatIsNoDay() {
        assertThat(DayTexts.parse("2022-02-30")).isEmpty();
        assertThat(DayTexts.parse("2022年3月底")).isEmpty();
        assertThat(DayTexts.parse("长期坚持")).isEmpty();
        assertThat(DayTexts.parse("")).isEmpty();
        assertThat(DayTexts.parse(null)).isEmpty();
    }

    @Test
    void printsADayAsOfficialDocumentsDoWithoutLeadingZeros() {
        assertThat(DayTexts.chinese(LocalDate.of(2022, 1, 4))).isEqualTo("2022年1月4日");
        assertThat(DayTexts.chinese(LocalDate.of(2023, 12, 31))).isEqualTo("2023年12月31日");
        assertThat(DayTexts.chinese(null)).isEmpty();
        assertThat(DayTexts.parse(DayTexts.chinese(LocalDate.of(2024, 2, 29)))).contains(LocalDate.of(2024, 2, 29));
    }
}
