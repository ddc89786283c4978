package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;

/** Writes a {@link SyntheticLedger} straight into a ledger file, in one bulk transaction. */
public final class SyntheticStore {
    private SyntheticStore() {
    }

    /** What was written. */
    public record Size(int inspections, int problems, int measures) {
    }

    public static Size write(SyntheticLedger ledger, LedgerStore store) {
        return store.unitOfWork().bulk(w -> {
            long[] inspectionIds = new long[ledger.inspections()];
            for (int k = 0; k < inspectionIds.length; k++) {
                inspectionIds[k] = w.add(ledger.inspection(k)).id();
            }
            int[] problems = {0};
            int[] measures = {0};
            try {
                ledger.forEach(e -> {
                    Problem p = e.problem();
                    Problem added = w.add(new Problem(0, inspectionIds[e.inspection()], null, p.seq(), p.category(),
                            p.title(), p.description(), p.order()));
                    problems[0]++;
                    for (Measure m : e.measures()) {
                        w.add(new Measure(0, added.id(), m.seq(), m.text(), m.leader(), m.department(),
                                m.supportingDepartments(), m.person(), m.deadline(), m.status(), m.completedOn(),
                                m.progress(), m.remarks(), m.order()));
                        measures[0]++;
                    }
                });
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new Size(inspectionIds.length, problems[0], measures[0]);
        });
    }
}
