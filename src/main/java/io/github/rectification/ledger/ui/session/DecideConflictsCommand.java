package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.ChangeSource;
import io.github.rectification.ledger.store.Conflict;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides conflicts a returned workbook left open, as one undoable step: each takes the workbook's
 * value, keeps the ledger's, or sets a value the user typed. The field is written with the return's
 * file named in the history, and the conflict closed; undo puts the fields back and opens the
 * conflicts again.
 */
public final class DecideConflictsCommand implements LedgerCommand {
    /** How one conflict is decided. */
    public enum Choice { WORKBOOK, LEDGER, EDITED }

    /** One decision: the conflict, the choice, and the field's new value (null for {@link Choice#LEDGER}). */
    public record Decision(Conflict conflict, Choice choice, Object value) {
    }

    private final List<Decision> decisions;
    private final List<Measure> before = new ArrayList<>();

    public DecideConflictsCommand(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    @Override
    public String description() {
        return lang("command.conflicts", decisions.size());
    }

    @Override
    public Outcome execute(LedgerStore store) {
        before.clear();
        Measure last = store.unitOfWork().run(() -> {
            Measure edited = null;
            for (Decision d : decisions) {
                Conflict k = d.conflict();
                long id = store.history().idOfUid(RecordKind.MEASURE, k.measureUid())
                        .orElseThrow(() -> new IllegalStateException("no measure " + k.measureUid()));
                Measure m = store.inspections().measure(id).orElseThrow();
                before.add(m);
                if (d.choice() != Choice.LEDGER) {
                    MeasureField field = MeasureField.fromCode(k.field()).orElseThrow();
                    Measure after = field.with(m, d.value());
                    ChangeSource from = d.choice() == Choice.WORKBOOK ? ChangeSource.importOf(k.fileName())
                            : ChangeSource.EDIT;
                    store.unitOfWork().run(from, () -> {
                        store.inspections().update(after);
                        return null;
                    });
                    edited = after;
                }
                store.distributions().close(k, d.choice() == Choice.WORKBOOK ? "workbook" : "ledger");
            }
            return edited;
        });
        Measure focus = last != null ? last : before.get(before.size() - 1);
        return decisions.size() == 1 && last != null ? Outcome.edited(NodeKey.measure(focus.id()), last)
                : Outcome.changed(NodeKey.measure(focus.id()));
    }

    @Override
    public Outcome undo(LedgerStore store) {
        store.unitOfWork().run(() -> {
            for (int i = decisions.size() - 1; i >= 0; i--) {
                if (decisions.get(i).choice() != Choice.LEDGER) {
                    store.inspections().update(before.get(i));
                }
                store.distributions().reopen(decisions.get(i).conflict().id());
            }
            return null;
        });
        return Outcome.changed(NodeKey.measure(before.get(0).id()));
    }
}
