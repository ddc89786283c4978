package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemStateTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 28);
    private static final Deadline PAST = Deadline.on(LocalDate.of(2022, 6, 30));
    private static final Deadline FUTURE = Deadline.on(LocalDate.of(2022, 12, 31));

    @Test
    void aProblemWithoutMeasuresIsEmpty() {
        assertThat(ProblemState.of(List.of(), TODAY)).isEqualTo(ProblemState.EMPTY);
    }

    @Test
    void doneAndLongTermMeasuresMakeItDone() {
        assertThat(ProblemState.of(List.of(Measures.of(Status.DONE, PAST),
                Measures.of(Status.LONG_TERM, Deadline.longTerm())), TODAY)).isEqualTo(ProblemState.DONE);
    }

    @Test
    void oneOpenMeasureMakesItUnfinished() {
        assertThat(ProblemState.of(List.of(Measures.of(Status.DONE, PAST),
                Measures.of(Status.IN_PROGRESS, FUTURE)), TODAY)).isEqualTo(ProblemState.UNFINISHED);
        assertThat(ProblemState.of(List.of(Measures.of(Status.NOT_STARTED, Deadline.NONE)), TODAY))
                .isEqualTo(ProblemState.UNFINISHED);
    }

    @Test
    void anOpenMeasurePastItsDeadlineMakesItOverdue() {
        assertThat(ProblemState.of(List.of(Measures.of(Status.IN_PROGRESS, FUTURE),
                Measures.of(Status.NOT_STARTED, PAST)), TODAY)).isEqualTo(ProblemState.OVERDUE);
    }

    @Test
    void aDoneMeasurePastItsDeadlineIsNotOverdue() {
        assertThat(ProblemState.of(List.of(Measures.of(Status.DONE, PAST)), TODAY)).isEqualTo(ProblemState.DONE);
    }

    @Test
    void theDeadlineDayItselfIsNotOverdue() {
        Deadline today = Deadline.on(TODAY);
        assertThat(ProblemState.of(List.of(Measures.of(Status.IN_PROGRESS, today)), TODAY))
                .isEqualTo(ProblemState.UNFINISHED);
        assertThat(ProblemState.of(List.of(Measures.of(Status.IN_PROGRESS, today)), TODAY.plusDays(1)))
                .isEqualTo(ProblemState.OVERDUE);
    }
}
