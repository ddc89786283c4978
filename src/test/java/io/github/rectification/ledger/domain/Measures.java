package io.github.rectification.ledger.domain;

import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.time.LocalDate;

/** Small measures for rule tests. */
final class Measures {
    private static long nextId = 1;

    private Measures() {
    }

    static Measure of(long problemId, Status status, Deadline deadline) {
        return MeasureBuilder.under(problemId).id(nextId++).leader("局领导").department("办公室").person("张三")
                .deadline(deadline).status(status)
                .completedOn(status == Status.DONE ? LocalDate.of(2022, 3, 1) : null).build();
    }

    static Measure of(Status status, Deadline deadline) {
        return of(1, status, deadline);
    }
}
