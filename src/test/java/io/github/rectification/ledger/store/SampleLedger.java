package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.time.LocalDate;

/** Fills a store with a small ledger: one inspection, problems with measures of every status. */
final class SampleLedger {
    private SampleLedger() {
    }

    /** Adds one inspection with {@code problems} problems of three measures each; returns the inspection. */
    static Inspection fill(LedgerStore store, int problems) {
        Inspection i = store.inspections().add(Inspection.draft("县委第一巡察组反馈意见"));
        Status[] statuses = Status.values();
        for (int p = 0; p < problems; p++) {
            Problem problem = store.inspections().add(Problem.draft(i.id(), "落实主体责任不到位的问题之" + (p + 1)));
            for (int k = 0; k < 3; k++) {
                Measure m = Measure.draft(problem.id(), "建立健全工作机制,逐项整改落实第" + (k + 1) + "项");
                m = MeasureBuilder.under(problem.id()).text(m.text()).leader("张三").department("办公室")
                        .person("李四").deadline(Deadline.on(LocalDate.of(2024, 6, 30)))
                        .status(statuses[(p + k) % statuses.length]).progress("已召开专题会议研究部署").build();
                store.inspections().add(m);
            }
        }
        return i;
    }
}
