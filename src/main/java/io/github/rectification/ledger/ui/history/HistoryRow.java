package io.github.rectification.ledger.ui.history;

/**
 * One change of a record as the history window shows it, each part in the window's words: when
 * (2022-03-31 14:05:09), who, what was done, which field, the old and the new value, and where the
 * change came from (an edit, an undo, an import of a file).
 */
public record HistoryRow(String time, String who, String action, String field, String oldValue, String newValue,
        String source) {
}
