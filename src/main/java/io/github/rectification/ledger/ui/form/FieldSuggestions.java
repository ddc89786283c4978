package io.github.rectification.ledger.ui.form;

import io.github.rectification.ledger.store.InspectionRepository.NamedField;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ledger's own values of a field (departments, leaders, persons, categories), offered while
 * typing. They are read on the FX thread when a form is loaded after a change of the ledger; the
 * suggestions themselves are picked from that copy, on any thread.
 */
public final class FieldSuggestions {
    private final LedgerSession session;
    private volatile Map<SuggestedField, List<String>> values = Map.of();
    private boolean stale = true;

    public FieldSuggestions(LedgerSession session) {
        this.session = session;
        session.lastChangeProperty().addListener(o -> stale = true);
        session.storeProperty().addListener(o -> stale = true);
    }

    /** Reads the values again when the ledger changed since they were read. */
    public void refresh() {
        if (!stale || !session.isOpen()) {
            return;
        }
        Map<SuggestedField, List<String>> read = new EnumMap<>(SuggestedField.class);
        for (SuggestedField f : SuggestedField.values()) {
            read.put(f, List.copyOf(session.store().inspections().usedValues(stored(f))));
        }
        values = read;
        stale = false;
    }

    private static NamedField stored(SuggestedField field) {
        return switch (field) {
            case CATEGORY -> NamedField.CATEGORY;
            case LEADER -> NamedField.LEADER;
            case DEPARTMENT -> NamedField.DEPARTMENT;
            case PERSON -> NamedField.PERSON;
        };
    }

    /** Every value of the field, the most used first. */
    public List<String> all(SuggestedField field) {
        return values.getOrDefault(field, List.of());
    }

    /**
     * The values holding what was typed: those that begin with it first, each group the most used first;
     * nothing for nothing typed, and nothing when the typed text already is the only value.
     */
    public List<String> matching(SuggestedField field, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<String> all = all(field);
        List<String> out = Stream.concat(
                all.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(t)),
                all.stream().filter(v -> !v.toLowerCase(Locale.ROOT).startsWith(t)
                        && v.toLowerCase(Locale.ROOT).contains(t))).toList();
        return out.size() == 1 && out.get(0).equals(typed.strip()) ? List.of() : out;
    }
}
