package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.store.LedgerStore;

/** One change of the ledger that can be undone and redone; each direction is one store write. */
public interface LedgerCommand {

    /**
     * What a run did: whether anything changed, the record to select afterwards, and, when only the
     * fields of one record changed (no record added, removed or moved), that record as it is now.
     */
    record Outcome(boolean changed, NodeKey focus, LedgerRecord edited) {
        public static Outcome changed(NodeKey focus) {
            return new Outcome(true, focus, null);
        }

        /** Only the fields of {@code record} changed. */
        public static Outcome edited(NodeKey focus, LedgerRecord record) {
            return new Outcome(true, focus, record);
        }

        public static Outcome nothing() {
            return new Outcome(false, null, null);
        }
    }

    /** Shown in the Edit menu: "撤销 修改措施". */
    String description();

    Outcome execute(LedgerStore store);

    Outcome undo(LedgerStore store);

    /**
     * True for a change that may touch many records (deleting an inspection or a problem with all
     * below it, renumbering): it and its undo and redo are written in the background, the window
     * locked for edits meanwhile.
     */
    default boolean large() {
        return false;
    }
}
