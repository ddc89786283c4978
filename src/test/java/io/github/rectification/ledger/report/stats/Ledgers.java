package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small in-memory ledgers for the rules. */
final class Ledgers {
    private Ledgers() {
    }

    static Measure measure(long id, long problemId, Status status, Deadline deadline, LocalDate completedOn) {
        return MeasureBuilder.under(problemId).id(id).text("措施" + id).leader("领导" + id % 2)
                .department("部门" + id % 3).deadline(deadline).status(status).completedOn(completedOn)
                .order((int) id).build();
    }

    /** One problem; one in-progress measure per offset (days from {@code day}), plus a done and a long-term one. */
    static Ledger withDeadlines(LocalDate day, int... offsets) {
        Inspection i = Inspection.draft("巡察").withId(1);
        Problem p = Problem.draft(1, "问题").withId(1);
        List<Measure> ms = new ArrayList<>();
        long id = 1;
        for (int off : offsets) {
            ms.add(measure(id++, 1, Status.IN_PROGRESS, Deadline.on(day.plusDays(off)), null));
        }
        ms.add(measure(id++, 1, Status.DONE, Deadline.on(day.minusDays(30)), day.minusDays(31)));
        ms.add(measure(id, 1, Status.LONG_TERM, Deadline.longTerm(), null));
        return new Ledger(List.of(i), List.of(p), ms, List.of(), List.of());
    }
}
