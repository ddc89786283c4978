package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.List;

/** Small measures for rule tests. */
final class Measures {
    private static long nextId = 1;

    private Measures() {
    }

    static Measure of(long problemId, Status status, Deadline deadline) {
        return new Measure(nextId++, problemId, "", "措施", "局领导", "办公室", List.of(), "张三", deadline, status,
                status == Status.DONE ? LocalDate.of(2022, 3, 1) : null, "", "", 0);
    }

    static Measure of(Status status, Deadline deadline) {
        return of(1, status, deadline);
    }
}
