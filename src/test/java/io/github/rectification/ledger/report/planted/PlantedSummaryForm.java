package io.github.rectification.ledger.report.planted;

import io.github.rectification.ledger.store.LedgerStore;

/**
 * A printed form of the summary, outside the window: named like a view but none, since views are
 * the window's; {@code ArchitectureRulesCatchTest} checks the views' rule leaves it alone.
 */
public final class PlantedSummaryForm {
    public String title(LedgerStore store) {
        return store.file().getFileName().toString();
    }
}
