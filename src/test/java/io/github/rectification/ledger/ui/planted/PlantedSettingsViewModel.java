package io.github.rectification.ledger.ui.planted;

import io.github.rectification.ledger.store.LedgerStore;

/** A view model may read the store: {@code ArchitectureRulesCatchTest} checks the views' rule lets it. */
public final class PlantedSettingsViewModel {
    public String author(LedgerStore store) {
        return store.author();
    }
}
