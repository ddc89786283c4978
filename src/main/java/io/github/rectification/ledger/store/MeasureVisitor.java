package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Measure;

/** Receives measures one at a time from a streaming read, each with its stable id. */
@FunctionalInterface
public interface MeasureVisitor {
    void visit(Measure measure, String uid);
}
