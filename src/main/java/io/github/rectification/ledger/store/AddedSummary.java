package io.github.rectification.ledger.store;

import java.util.List;

/**
 * What a record added by a bulk write was called when it was added (its summary, as an "add" row
 * of its own would hold it), read back from the history rows it has since: the old value of the
 * first change of its title or text (a row of several fields whose values cannot be told apart
 * passes on to the next), else the summary its first removal or restore kept, else its summary now.
 */
final class AddedSummary {
    private AddedSummary() {
    }

    /**
     * @param field   the column the summary is made of ({@code title} or {@code text})
     * @param rows    the record's own history rows, oldest first
     * @param current the record's summary now; null when it is deleted
     */
    static String of(String field, List<HistoryEntry> rows, String current) {
        for (HistoryEntry e : rows) {
            if (e.field() == null) {
                switch (e.action()) {
                    case REMOVE:
                        return e.oldValue();
                    case RESTORE:
                        return e.newValue();
                    default:
                        continue;
                }
            }
            List<String> fields = List.of(e.field().split(","));
            if (fields.contains(field)) {
                String old = fields.size() == 1 ? e.oldValue() : valueIn(e.oldValue(), fields, field);
                if (old != null) {
                    return ChangeLog.abbreviate(old);
                }
            }
        }
        return current;
    }

    /**
     * The value of {@code field} in the values of a row that names several fields: one
     * "field: value" line per field, in the order of {@code fields} (a value may hold line breaks).
     */
    static String valueIn(String values, List<String> fields, String field) {
        if (values == null) {
            return null;
        }
        int k = fields.indexOf(field);
        int pos = 0;
        for (int i = 0; i <= k; i++) {
            String start = fields.get(i) + ": ";
            if (!values.startsWith(start, pos)) {
                return null;
            }
            int from = pos + start.length();
            int end = i + 1 < fields.size() ? values.indexOf("\n" + fields.get(i + 1) + ": ", from) : -1;
            if (i == k) {
                return end < 0 ? values.substring(from) : values.substring(from, end);
            }
            if (end < 0) {
                return null;
            }
            pos = end + 1;
        }
        return null;
    }
}
