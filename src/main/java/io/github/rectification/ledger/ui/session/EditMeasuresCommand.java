package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.List;

/**
 * Replaces the fields of several measures at once (a paste, a fill-down, a field set for a
 * selection): one transaction each way, one undo step, one history row per field changed.
 */
public final class EditMeasuresCommand implements LedgerCommand {
    private final List<Measure> before;
    private final List<Measure> after;

    /** {@code before.get(i)} and {@code after.get(i)} are the same measure before and after the edit. */
    public EditMeasuresCommand(List<Measure> before, List<Measure> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("one record after for each before");
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).id() != after.get(i).id()) {
                throw new IllegalArgumentException("an edit keeps the records' ids");
            }
        }
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public String description() {
        return lang("command.edit.measures", after.size());
    }

    @Override
    public Outcome execute(LedgerStore store) {
        if (before.equals(after)) {
            return Outcome.nothing();
        }
        write(store, after);
        return Outcome.changed(null);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        write(store, before);
        return Outcome.changed(null);
    }

    private static void write(LedgerStore store, List<Measure> records) {
        store.unitOfWork().run(() -> {
            records.forEach(store.inspections()::update);
            return null;
        });
    }
}
