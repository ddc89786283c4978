package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataQualityWarningTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 28);

    private static Measure measure(Status status, LocalDate completedOn, Deadline deadline, String department) {
        return MeasureBuilder.under(1).id(7).seq("1.").leader("局领导").department(department).person("张三")
                .deadline(deadline).status(status).completedOn(completedOn).order(1).build();
    }

    private static List<DataQualityWarning.Kind> kinds(Measure m) {
        return DataQualityWarning.of(m, TODAY).stream().map(DataQualityWarning::kind).toList();
    }

    @Test
    void aCleanMeasureHasNoWarning() {
        assertThat(kinds(measure(Status.DONE, LocalDate.of(2022, 3, 1), Deadline.on(LocalDate.of(2022, 3, 31)), "办公室")))
                .isEmpty();
        assertThat(kinds(measure(Status.IN_PROGRESS, null, Deadline.on(LocalDate.of(2022, 12, 31)), "办公室"))).isEmpty();
    }

    @Test
    void doneWithoutCompletionDate() {
        assertThat(kinds(measure(Status.DONE, null, Deadline.longTerm(), "办公室")))
                .containsExactly(DataQualityWarning.Kind.DONE_WITHOUT_COMPLETION_DATE);
    }

    @Test
    void inProgressPastItsDeadline() {
        assertThat(kinds(measure(Status.IN_PROGRESS, null, Deadline.on(LocalDate.of(2022, 6, 30)), "办公室")))
                .containsExactly(DataQualityWarning.Kind.IN_PROGRESS_PAST_DEADLINE);
        assertThat(kinds(measure(Status.IN_PROGRESS, null, Deadline.on(TODAY), "办公室"))).isEmpty();
    }

    @Test
    void blankLeadDepartment() {
        assertThat(kinds(measure(Status.NOT_STARTED, null, Deadline.NONE, " ")))
                .containsExactly(DataQualityWarning.Kind.BLANK_DEPARTMENT);
        assertThat(kinds(measure(Status.NOT_STARTED, null, Deadline.NONE, null)))
                .containsExactly(DataQualityWarning.Kind.BLANK_DEPARTMENT);
    }

    @Test
    void severalWarningsInTheOrderOfTheirKinds() {
        List<DataQualityWarning> w = DataQualityWarning.of(measure(Status.DONE, null, Deadline.NONE, ""), TODAY);
        assertThat(w).extracting(DataQualityWarning::kind).containsExactly(
                DataQualityWarning.Kind.DONE_WITHOUT_COMPLETION_DATE, DataQualityWarning.Kind.BLANK_DEPARTMENT);
        assertThat(w).extracting(DataQualityWarning::measureId).containsOnly(7L);
    }
}
