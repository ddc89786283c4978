package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.store.LedgerStore;

/** Replaces the fields of an inspection, problem or measure: one update each way. */
public final class EditCommand implements LedgerCommand {
    private final LedgerRecord before;
    private final LedgerRecord after;

    /** {@code before} and {@code after} are the same record (same id) before and after the edit. */
    public EditCommand(LedgerRecord before, LedgerRecord after) {
        if (!Records.keyOf(before).equals(Records.keyOf(after))) {
            throw new IllegalArgumentException("an edit keeps the record's id");
        }
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return lang("command.edit");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        if (before.equals(after)) {
            return Outcome.nothing();
        }
        Records.update(store, after);
        return Outcome.edited(Records.keyOf(after), after);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        Records.update(store, before);
        return Outcome.edited(Records.keyOf(before), before);
    }
}
