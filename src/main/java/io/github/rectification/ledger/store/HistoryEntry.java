package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.RecordKind;
import java.time.Instant;

/**
 * One row of the change history.
 *
 * @param kind     the kind of the record that changed
 * @param field    the column that changed (for an import's update of several fields: the columns,
 *                 comma-separated, with {@code oldValue}/{@code newValue} one "column: value" line each);
 *                 null for an add, remove or restore, whose values hold the record's title
 * @param source   empty for an edit; "undo", "redo", or "import: file.xlsx"
 */
public record HistoryEntry(
        long id,
        Instant at,
        String who,
        RecordKind kind,
        long recordId,
        String recordUid,
        Long inspectionId,
        ChangeAction action,
        String field,
        String oldValue,
        String newValue,
        String source) {
}
