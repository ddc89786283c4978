package io.github.rectification.ledger.ui.planted;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerCommand;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: a command holding its record as an Object. */
public final class PlantedUntypedCommand implements LedgerCommand {
    private final Object record;

    public PlantedUntypedCommand(Object record) {
        this.record = record;
    }

    @Override
    public String description() {
        return String.valueOf(record);
    }

    @Override
    public Outcome execute(LedgerStore store) {
        return Outcome.nothing();
    }

    @Override
    public Outcome undo(LedgerStore store) {
        return Outcome.nothing();
    }
}
