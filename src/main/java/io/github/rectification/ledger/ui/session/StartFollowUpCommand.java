package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.store.FollowUpRepository;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.Removed;

/**
 * Starts a 回头看 round of an inspection: a new inspection holding copies of the measures carried
 * over, each linked to its origin. Undo takes the round out whole; redo puts it back with the same
 * ids, so its links hold again.
 */
public final class StartFollowUpCommand implements LedgerCommand {
    private final long originId;
    private final Inspection round;
    private FollowUpRepository.Started started;
    private Removed removed;

    public StartFollowUpCommand(long originId, Inspection round) {
        this.originId = originId;
        this.round = round;
    }

    @Override
    public String description() {
        return lang("command.followup");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        if (started == null) {
            started = store.followUp().start(originId, round);
        } else {
            store.inspections().restore(removed);
            removed = null;
        }
        return Outcome.changed(NodeKey.inspection(started.round().id()));
    }

    @Override
    public Outcome undo(LedgerStore store) {
        removed = store.inspections().removeInspection(started.round().id());
        return Outcome.changed(NodeKey.inspection(originId));
    }

    /** What the first run started: the round, and how many problems and measures it carried. */
    public FollowUpRepository.Started started() {
        return started;
    }
}
