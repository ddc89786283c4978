package io.github.rectification.ledger.domain;

import java.util.Objects;

/**
 * Which record of a ledger, by kind and id: ids are numbered per kind, so an id alone does not say
 * which record it is.
 */
public record RecordKey(RecordKind kind, long id) {

    public RecordKey {
        Objects.requireNonNull(kind, "kind");
    }

    public static RecordKey of(LedgerRecord record) {
        return new RecordKey(record.recordKind(), record.id());
    }
}
