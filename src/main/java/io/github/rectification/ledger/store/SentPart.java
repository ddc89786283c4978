package io.github.rectification.ledger.store;

import java.util.List;

/**
 * One part of a distribution (下发) as the returns register shows it: the batch sent to a department
 * or leader, the round it was sent in, by when it was due back, how many measures it held, each
 * return imported for it (oldest first) and the conflicts of its returns still open.
 */
public record SentPart(Batch batch, String round, String recipient, String due, int measures,
        List<Returned> returns, int openConflicts) {
    public SentPart {
        returns = List.copyOf(returns);
    }

    /** One returned workbook of a batch: imported when, by whom, from which file, what it changed and left open. */
    public record Returned(String at, String who, String fileName, int applied, int conflicts) {
    }

    /** Whether any return of this part was imported. */
    public boolean returned() {
        return !returns.isEmpty();
    }
}
