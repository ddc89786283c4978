package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.store.LedgerStore;

/** The inspection a command names by its id, or a refusal naming the ledger and the id. */
final class Inspections {
    private Inspections() {
    }

    static Inspection require(LedgerStore store, long id) throws RejectedInputException {
        return store.inspections().inspection(id).orElseThrow(() -> new RejectedInputException(
                Messages.TEXTS.text("inspection.missing", store.file(), String.valueOf(id))));
    }
}
