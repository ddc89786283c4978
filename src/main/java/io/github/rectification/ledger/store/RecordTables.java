package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.RecordKind;
import java.util.Arrays;

/**
 * The table each kind of record is kept in: the one place a {@link RecordKind} meets SQL, so that
 * no table name travels outside the store.
 */
final class RecordTables {
    private RecordTables() {
    }

    static String of(RecordKind kind) {
        return switch (kind) {
            case INSPECTION -> "inspection";
            case PROBLEM -> "problem";
            case MEASURE -> "measure";
            case ACCOUNTABILITY -> "accountability";
            case INSTITUTION -> "institution";
            case EVIDENCE -> "evidence";
        };
    }

    /** The kind kept in {@code table}, as history rows name it. */
    static RecordKind kindOf(String table) {
        return Arrays.stream(RecordKind.values()).filter(k -> of(k).equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such table: " + table));
    }
}
