package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.store.LedgerStore;

/** One change of the ledger that can be undone and redone; each direction is one store write. */
public interface LedgerCommand {

    /** What a run did: whether anything changed, and the record to select afterwards. */
    record Outcome(boolean changed, NodeKey focus) {
        public static Outcome changed(NodeKey focus) {
            return new Outcome(true, focus);
        }

        public static Outcome nothing() {
            return new Outcome(false, null);
        }
    }

    /** Shown in the Edit menu: "撤销 修改措施". */
    String description();

    Outcome execute(LedgerStore store);

    Outcome undo(LedgerStore store);
}
