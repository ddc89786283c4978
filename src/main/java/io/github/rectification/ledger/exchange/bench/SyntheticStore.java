package io.github.rectification.ledger.exchange.bench;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;

/** Writes a {@link SyntheticLedger} straight into a ledger file, in one bulk transaction. */
public final class SyntheticStore {
    private SyntheticStore() {
    }

    public static void write(SyntheticLedger ledger, LedgerStore store) {
        store.bulk(w -> {
            Inspection i = w.add(ledger.inspection());
            try {
                ledger.forEach(e -> {
                    Problem p = e.problem();
                    Problem added = w.add(new Problem(0, i.id(), null, p.seq(), p.category(), p.title(),
                            p.description(), p.order()));
                    for (Measure m : e.measures()) {
                        w.add(new Measure(0, added.id(), m.seq(), m.text(), m.leader(), m.department(),
                                m.supportingDepartments(), m.person(), m.deadline(), m.status(), m.completedOn(),
                                m.progress(), m.remarks(), m.order()));
                    }
                });
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
