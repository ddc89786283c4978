package io.github.rectification.ledger.handoff.planted;

import io.github.rectification.ledger.store.LedgerStore;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: the hand-off reaching into the store. */
public final class PlantedStoreHandoff {
    public boolean busy(LedgerStore store) {
        return store.readOnly();
    }
}
