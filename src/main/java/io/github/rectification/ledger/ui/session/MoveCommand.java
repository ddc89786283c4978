package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;

/** Moves a problem or measure one place up ({@code -1}) or down ({@code +1}) among its siblings. */
public final class MoveCommand implements LedgerCommand {
    private final NodeKey key;
    private final int direction;

    public MoveCommand(NodeKey key, int direction) {
        if (key.kind() == NodeKey.Kind.INSPECTION) {
            throw new IllegalArgumentException("inspections are not moved");
        }
        this.key = key;
        this.direction = Integer.signum(direction);
    }

    @Override
    public String description() {
        return lang("command.move");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        return move(store, direction);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        return move(store, -direction);
    }

    private Outcome move(LedgerStore store, int dir) {
        boolean moved = key.kind() == NodeKey.Kind.PROBLEM ? store.inspections().moveProblem(key.id(), dir)
                : store.inspections().moveMeasure(key.id(), dir);
        return moved ? Outcome.changed(key) : Outcome.nothing();
    }
}
