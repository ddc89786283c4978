package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LabelStyle;
import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Numbers the records under an inspection or a problem 1, 2, 3 … in their order, in the style of
 * their first numbered label ((一) for problems, 1. for sub-problems and measures when none has a
 * number): after deletions, moves and imports a list reads in order again. A problem's sub-problems
 * and its measures are numbered each on their own. One write each way.
 */
public final class RenumberCommand implements LedgerCommand {
    private final NodeKey parent;
    private List<LedgerRecord> before;
    private List<LedgerRecord> after;

    public RenumberCommand(NodeKey parent) {
        if (parent.kind() == NodeKey.Kind.MEASURE) {
            throw new IllegalArgumentException("a measure has nothing under it to number");
        }
        this.parent = parent;
    }

    @Override
    public String description() {
        return lang("command.renumber");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        if (after == null) {
            before = new ArrayList<>();
            after = new ArrayList<>();
            collect(store);
        }
        return write(store, after);
    }

    @Override
    public boolean large() {
        return true;
    }

    @Override
    public Outcome undo(LedgerStore store) {
        return write(store, before);
    }

    private Outcome write(LedgerStore store, List<LedgerRecord> records) {
        if (records.isEmpty()) {
            return Outcome.nothing();
        }
        store.unitOfWork().run(() -> {
            records.forEach(r -> Records.update(store, r));
            return null;
        });
        return Outcome.changed(parent);
    }

    private void collect(LedgerStore store) {
        if (parent.kind() == NodeKey.Kind.INSPECTION) {
            renumber(store.inspections().problems(parent.id(), null), Problem::seq, Problem::withSeq,
                    LabelStyle.PROBLEM);
            return;
        }
        Problem p = store.inspections().problem(parent.id()).orElseThrow();
        renumber(store.inspections().problems(p.inspectionId(), p.id()), Problem::seq, Problem::withSeq,
                LabelStyle.MEASURE);
        renumber(store.inspections().measures(p.id()), Measure::seq, Measure::withSeq, LabelStyle.MEASURE);
    }

    /** Notes, for each record of {@code records} whose label changes, the record before and after. */
    private <T extends LedgerRecord> void renumber(List<T> records, Function<T, String> seq, BiFunction<T, String, T> withSeq,
            LabelStyle fallback) {
        List<String> labels = LabelStyle.renumber(records.stream().map(seq).toList(), fallback);
        for (int k = 0; k < records.size(); k++) {
            T r = records.get(k);
            if (!labels.get(k).equals(seq.apply(r))) {
                before.add(r);
                after.add(withSeq.apply(r, labels.get(k)));
            }
        }
    }
}
