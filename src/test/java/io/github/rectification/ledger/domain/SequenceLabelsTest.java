package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SequenceLabelsTest {
    @ParameterizedTest
    @CsvSource({"1, 一", "10, 十", "14, 十四", "20, 二十", "21, 二十一", "100, 一百", "105, 一百零五", "110, 一百一十",
            "999, 九百九十九"})
    void chineseNumeralsBothWays(int n, String word) {
        assertThat(SequenceLabels.chinese(n)).isEqualTo(word);
        assertThat(SequenceLabels.parseChinese(word)).isEqualTo(n);
    }

    @Test
    void labelsOfEachLevel() {
        assertThat(SequenceLabels.category(2)).isEqualTo("二、");
        assertThat(SequenceLabels.problem(14)).isEqualTo("(十四)");
        assertThat(SequenceLabels.measure(3)).isEqualTo("3.");
        assertThat(SequenceLabels.ordinal(3)).isEqualTo("三是");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(一)|1", "（三）|3", "(十四)|14", "一、|1", "十二、|12", "1.|1", "12.|12",
            "3．|3", "(1)|1", "（2）|2", "2)|2", "1.1|1", "3.2|3", " (五) |5", "二十一、|21"})
    void numberOfAnyForm(String label, int n) {
        assertThat(SequenceLabels.number(label)).isEqualTo(n);
    }

    @Test
    void noNumberInOtherText() {
        assertThat(SequenceLabels.number(null)).isEqualTo(-1);
        assertThat(SequenceLabels.number("")).isEqualTo(-1);
        assertThat(SequenceLabels.number("备注")).isEqualTo(-1);
        assertThat(SequenceLabels.parseChinese("百")).isEqualTo(-1);
    }

    @Test
    void outOfRange() {
        assertThatThrownBy(() -> SequenceLabels.chinese(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SequenceLabels.chinese(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measureLabelsAreToldFromProblemLabels() {
        assertThat(SequenceLabels.measureLevel("1.2")).contains(new SequenceLabels.MeasureLabel("1", 2));
        assertThat(SequenceLabels.measureLevel("03-1")).contains(new SequenceLabels.MeasureLabel("3", 1));
        assertThat(SequenceLabels.measureLevel("2．10、")).contains(new SequenceLabels.MeasureLabel("2", 10));
        assertThat(SequenceLabels.measureLevel("③")).contains(new SequenceLabels.MeasureLabel(null, 3));
        assertThat(SequenceLabels.measureLevel("㉑")).contains(new SequenceLabels.MeasureLabel(null, 21));
        assertThat(SequenceLabels.measureLevel("（4）")).contains(new SequenceLabels.MeasureLabel(null, 4));
        assertThat(SequenceLabels.measureLevel("5)")).contains(new SequenceLabels.MeasureLabel(null, 5));
        for (String problem : new String[] {"(一)", "（三）", "一、", "1、", "1.", "12", "", "第1项"}) {
            assertThat(SequenceLabels.measureLevel(problem)).as(problem).isEmpty();
        }
        SequenceLabels.MeasureLabel first = SequenceLabels.measureLevel("1.1").orElseThrow();
        assertThat(first.followedBy(SequenceLabels.measureLevel("1.2").orElseThrow())).isTrue();
        assertThat(first.followedBy(SequenceLabels.measureLevel("2.1").orElseThrow())).isFalse();
        assertThat(SequenceLabels.measureLevel("③").orElseThrow().followedBy(SequenceLabels.measureLevel("①")
                .orElseThrow())).as("numbering starting again").isFalse();
    }

    /** A run of digits too long for a number (a damaged cell) is no label, and reading it never fails. */
    @Test
    void digitsBeyondANumberAreNoLabel() {
        String digits = "0".repeat(300) + "22250738585072014";
        assertThat(SequenceLabels.measureLevel(digits + ".5")).isEmpty();
        assertThat(SequenceLabels.measureLevel("1." + digits)).isEmpty();
        assertThat(SequenceLabels.measureLevel("(" + digits + ")")).isEmpty();
        assertThat(SequenceLabels.measureLevel(digits + "）")).isEmpty();
        assertThat(SequenceLabels.number(digits)).isEqualTo(-1);
        assertThat(SequenceLabels.number(digits + "、")).isEqualTo(-1);
        assertThat(SequenceLabels.measureLevel("12.345").orElseThrow().index()).isEqualTo(345);
        assertThat(SequenceLabels.number("123456.")).isEqualTo(123456);
    }
}
