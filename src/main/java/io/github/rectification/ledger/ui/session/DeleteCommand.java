package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.Removed;

/** Deletes a record with everything under it; undo puts it all back with the same ids. */
public final class DeleteCommand implements LedgerCommand {
    private final NodeKey key;
    private Removed removed;

    public DeleteCommand(NodeKey key) {
        this.key = key;
    }

    @Override
    public String description() {
        return lang("command.delete");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        NodeKey parent = Records.parentOf(store, key);
        removed = Records.remove(store, key);
        return Outcome.changed(parent);
    }

    @Override
    public boolean large() {
        return key.kind() != NodeKey.Kind.MEASURE;
    }

    @Override
    public Outcome undo(LedgerStore store) {
        store.inspections().restore(removed);
        return Outcome.changed(key);
    }
}
