package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelStyleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(三)|5|(五)", "（三）|12|（十二）", "二、|4|四、", "3.|7|7.", "(2)|3|(3)", "1.2|3|1.3",
            "第一条|2|第二条", "12|13|13", "一百零五、|106|一百零六、"})
    void writesAnyNumberInTheLabelsStyle(String label, int n, String expected) {
        assertThat(LabelStyle.of(label)).get().extracting(s -> s.format(n)).isEqualTo(expected);
    }

    @Test
    void aNewRecordIsNumberedAsItsSiblingsAre() {
        List<String> arabic = java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(n -> n + ".").toList();
        assertThat(LabelStyle.next(arabic, LabelStyle.PROBLEM)).isEqualTo("15.");
        List<String> chinese = java.util.stream.IntStream.rangeClosed(1, 14)
                .mapToObj(n -> "(" + SequenceLabels.chinese(n) + ")").toList();
        assertThat(LabelStyle.next(chinese, LabelStyle.MEASURE)).isEqualTo("(十五)");
        assertThat(LabelStyle.next(List.of("（一）", "（二）"), LabelStyle.PROBLEM)).isEqualTo("（三）");
        assertThat(LabelStyle.next(List.of("1.1", "1.2"), LabelStyle.MEASURE)).isEqualTo("1.3");
        // after a deletion: one past the highest, never a label already in use
        assertThat(LabelStyle.next(List.of("1.", "3."), LabelStyle.MEASURE)).isEqualTo("4.");
        // no numbered sibling: the fallback style
        assertThat(LabelStyle.next(List.of(), LabelStyle.PROBLEM)).isEqualTo("(一)");
        assertThat(LabelStyle.next(List.of("", "其他"), LabelStyle.MEASURE)).isEqualTo("3.");
    }

    @Test
    void labelsWithoutANumberHaveNoStyle() {
        assertThat(LabelStyle.of(null)).isEmpty();
        assertThat(LabelStyle.of("")).isEmpty();
        assertThat(LabelStyle.of("  ")).isEmpty();
        assertThat(LabelStyle.of("其他")).isEmpty();
    }

    @Test
    void chineseNumeralsBeyondNineHundredNinetyNineBecomeDigits() {
        assertThat(LabelStyle.PROBLEM.format(1000)).isEqualTo("(1000)");
    }

    @Test
    void labelsAreAlikeWhenOnlyTheirNumberDiffers() {
        assertThat(LabelStyle.alike("(一)", "(十二)")).isTrue();
        assertThat(LabelStyle.alike("1.", "3.")).isTrue();
        assertThat(LabelStyle.alike("1.1", "1.2")).isTrue();
        assertThat(LabelStyle.alike("(一)", "1.")).isFalse();
        assertThat(LabelStyle.alike("(一)", "（二）")).isFalse();
        assertThat(LabelStyle.alike("1.1", "2.1")).isFalse();
        assertThat(LabelStyle.alike("", "")).isFalse();
        assertThat(LabelStyle.alike("其他", "其他")).isFalse();
    }

    @Test
    void renumbersAListInTheStyleOfItsFirstNumberedLabel() {
        assertThat(LabelStyle.renumber(Arrays.asList("", "（三）", "(一)", "其他"), LabelStyle.MEASURE))
                .containsExactly("（一）", "（二）", "（三）", "（四）");
        assertThat(LabelStyle.renumber(List.of("1.", "3.", "4."), LabelStyle.PROBLEM)).containsExactly("1.", "2.", "3.");
    }

    @Test
    void aListWithoutNumbersTakesTheFallback() {
        assertThat(LabelStyle.renumber(List.of("", "其他"), LabelStyle.PROBLEM)).containsExactly("(一)", "(二)");
        assertThat(LabelStyle.renumber(List.of(), LabelStyle.PROBLEM)).isEmpty();
    }
}
