package io.github.rectification.ledger.store;

import java.util.Collection;
import java.util.List;

/**
 * One workbook of a distribution, to be recorded as a batch: its id, file and hash, the department a
 * return's changes are checked against (null when sent to a leader), whom it went to, and the
 * measures and problems it holds, whose values now are its base.
 */
public record DistributedPart(String uid, String fileName, String sha256, String department, String recipient,
        Collection<String> measureUids, Collection<String> problemUids) {
    public DistributedPart {
        measureUids = List.copyOf(measureUids);
        problemUids = List.copyOf(problemUids);
    }
}
