package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.Removed;

/** Adds an inspection, problem or measure; undo removes it, redo restores it with the same id. */
public final class AddCommand implements LedgerCommand {
    private final LedgerRecord draft;
    private NodeKey added;
    private NodeKey parent;
    private Removed removed;

    public AddCommand(LedgerRecord draft) {
        this.draft = draft;
    }

    @Override
    public String description() {
        return lang("command.add");
    }

    /** The record's key once added. */
    public NodeKey added() {
        return added;
    }

    @Override
    public Outcome execute(LedgerStore store) {
        if (removed == null) {
            added = Records.keyOf(Records.add(store, draft));
        } else {
            store.inspections().restore(removed);
            removed = null;
        }
        return Outcome.changed(added);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        parent = Records.parentOf(store, added);
        removed = Records.remove(store, added);
        return Outcome.changed(parent);
    }
}
