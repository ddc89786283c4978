package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three-way rule, case by case, for each kind of field: text, date, status and deadline. */
class ThreeWayMergeTest {

    /** One kind of field with three distinct values: as sent, and two others. */
    record Kind(MeasureField field, Object sent, Object one, Object other) {
        @Override
        public String toString() {
            return field.code();
        }
    }

    /** A case: who changed the field to what, whether the measure lies in the workbook's part, and the outcome. */
    record Case(String name, int ledger, int workbook, boolean inPart, boolean hasBase, MergeOutcome expected) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(MeasureField.TEXT, "建立台账", "建立整改台账", "建立问题台账"),
            new Kind(MeasureField.PROGRESS, "", "已完成初稿", "正在起草"),
            new Kind(MeasureField.COMPLETED_ON, null, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 1)),
            new Kind(MeasureField.STATUS, Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE),
            new Kind(MeasureField.DEADLINE, Deadline.on(LocalDate.of(2022, 3, 31)), Deadline.on(LocalDate.of(2022, 6, 30)),
                    Deadline.longTerm()),
            new Kind(MeasureField.DEADLINE, Deadline.longTerm(), Deadline.immediate(), Deadline.NONE));

    // 0: the value as sent, 1: one other value, 2: a third value
    private static final List<Case> CASES = List.of(
            new Case("nobody changed it", 0, 0, true, true, MergeOutcome.KEEP),
            new Case("the workbook only changed it", 0, 1, true, true, MergeOutcome.TAKE_WORKBOOK),
            new Case("the office only changed it", 1, 0, true, true, MergeOutcome.KEEP),
            new Case("both changed it alike", 1, 1, true, true, MergeOutcome.KEEP),
            new Case("both changed it differently", 1, 2, true, true, MergeOutcome.CONFLICT),
            new Case("the workbook changed a measure outside its part", 0, 1, false, true, MergeOutcome.CONFLICT),
            new Case("the office changed a measure outside the part", 1, 0, false, true, MergeOutcome.KEEP),
            new Case("both changed alike outside the part", 1, 1, false, true, MergeOutcome.KEEP),
            new Case("no base, same values", 0, 0, true, false, MergeOutcome.KEEP),
            new Case("no base, different values", 0, 1, true, false, MergeOutcome.CONFLICT));

    static Stream<Object[]> table() {
        List<Object[]> rows = new ArrayList<>();
        for (Kind k : KINDS) {
            for (Case c : CASES) {
                rows.add(new Object[] {k, c});
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("table")
    void eachCaseOfEachKindOfField(Kind k, Case c) {
        Measure sent = k.field().with(Measures.of(Status.NOT_STARTED, Deadline.NONE), k.sent());
        Measure ledger = k.field().with(sent, value(k, c.ledger()));
        Measure workbook = k.field().with(sent, value(k, c.workbook()));

        MergeOutcome outcome = k.field().merge(c.hasBase() ? sent : null, ledger, workbook, c.inPart());

        assertThat(outcome).as(c.name()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyFieldReadsBackWhatItSets(MeasureField f) {
        Measure m = Measures.of(Status.IN_PROGRESS, Deadline.NONE);
        assertThat(f.same(f.of(f.with(m, f.of(m))), f.of(m))).isTrue();
    }

    static Stream<MeasureField> fields() {
        return Stream.of(MeasureField.values());
    }

    @org.junit.jupiter.api.Test
    void blanksAroundATextAreNoChange() {
        Measure sent = Measures.of(Status.NOT_STARTED, Deadline.NONE);
        Measure workbook = MeasureField.TEXT.with(sent, " " + sent.text() + " ");
        Measure ledger = MeasureField.TEXT.with(sent, "台账中改过的措施");

        assertThat(MeasureField.TEXT.merge(sent, ledger, workbook, true)).isEqualTo(MergeOutcome.KEEP);
    }

    @org.junit.jupiter.api.Test
    void aDeadlineWrittenOtherwiseForTheSameDateIsAChangeOfItsText() {
        Deadline sent = Deadline.on(LocalDate.of(2022, 3, 31));
        Deadline written = new Deadline(DeadlineKind.DATE, LocalDate.of(2022, 3, 31), "2022年3月底");

        assertThat(MeasureField.DEADLINE.same(sent, written)).isFalse();
        assertThat(MeasureField.DEADLINE.same(sent, Deadline.on(LocalDate.of(2022, 3, 31)))).isTrue();
    }

    private static Object value(Kind k, int which) {
        return switch (which) {
            case 0 -> k.sent();
            case 1 -> k.one();
            default -> k.other();
        };
    }
}
