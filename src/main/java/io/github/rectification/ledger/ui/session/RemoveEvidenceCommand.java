package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.store.LedgerStore;

/** Removes one attachment of evidence; undone by putting it back with its stable id. */
public final class RemoveEvidenceCommand implements LedgerCommand {
    private final String uid;
    private final NodeKey focus;
    private Evidence removed;

    public RemoveEvidenceCommand(String uid, NodeKey focus) {
        this.uid = uid;
        this.focus = focus;
    }

    @Override
    public String description() {
        return lang("command.evidence.remove");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        removed = store.evidence().remove(uid);
        return Outcome.changed(focus);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        store.evidence().restore(removed);
        return Outcome.changed(focus);
    }
}
