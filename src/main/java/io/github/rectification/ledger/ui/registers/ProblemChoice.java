package io.github.rectification.ledger.ui.registers;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;

/** A problem a register record may be linked to, as the choice box shows it; id null: none. */
public record ProblemChoice(Long id, String label) {
    static final int LABEL_LENGTH = 28;

    public static ProblemChoice none(String label) {
        return new ProblemChoice(null, label);
    }

    /** Every problem of the ledger in ledger order, headed by the "no problem" choice. */
    static List<ProblemChoice> all(LedgerStore store, String noneLabel) {
        List<ProblemChoice> out = new ArrayList<>();
        out.add(none(noneLabel));
        List<Inspection> inspections = store.inspections().all();
        for (Inspection i : inspections) {
            for (Problem p : store.inspections().problemsInOrder(i.id())) {
                String title = p.title() == null ? "" : p.title().strip();
                if (title.codePointCount(0, title.length()) > LABEL_LENGTH) {
                    title = title.substring(0, title.offsetByCodePoints(0, LABEL_LENGTH)) + "…";
                }
                String label = (p.seq() == null || p.seq().isBlank() ? "" : p.seq().strip() + " ") + title;
                if (inspections.size() > 1) {
                    label = i.name() + " · " + label;
                }
                out.add(new ProblemChoice(p.id(), label));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return label;
    }
}
