package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A form that edits a copy of one record: the fields are a buffer; Apply writes it to the store in
 * one undoable step, Cancel puts the stored values back.
 *
 * @param <T> the record type
 */
public abstract class RecordFormViewModel<T extends LedgerRecord> {
    private final LedgerSession session;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(0);
    /** Date fields whose typed text names no date, by field name, with that text. */
    private final Map<String, String> unreadableDates = new LinkedHashMap<>();
    private final FieldSuggestions suggestions;
    private T original;
    private boolean loading;

    protected RecordFormViewModel(LedgerSession session) {
        this.session = session;
        this.suggestions = new FieldSuggestions(session);
    }

    /** The session the form edits in. */
    protected LedgerSession session() {
        return session;
    }

    /** The ledger's own values of the fields that name departments, leaders, persons and categories. */
    public FieldSuggestions suggestions() {
        return suggestions;
    }

    /** Field properties whose changes re-check the form. */
    protected final void watch(Observable... fields) {
        for (Observable f : fields) {
            f.addListener(o -> update());
        }
    }

    private final javafx.beans.property.ReadOnlyStringWrapper followUp = new javafx.beans.property.ReadOnlyStringWrapper("");

    /** How the record is linked to 回头看 rounds ("带入自…", "已开启回头看…"); empty when it is not. */
    public javafx.beans.property.ReadOnlyStringProperty followUpProperty() {
        return followUp.getReadOnlyProperty();
    }

    /** The record's links to 回头看 rounds in words; none by default. */
    protected String followUpOf(T record) {
        return "";
    }

    /** Shows a record in the fields. */
    public final void load(T record) {
        original = record;
        suggestions.refresh();
        loading = true;
        try {
            unreadableDates.clear();
            fill(record);
            followUp.set(session.isOpen() ? followUpOf(record) : "");
        } finally {
            loading = false;
        }
        loads.set(loads.get() + 1);
        update();
    }

    /**
     * Notes that a date field holds typed text that names no date (2026-13-45), or no longer does:
     * such a form is not applied, since the field's date would silently be lost.
     *
     * @param field the field's name, as its label shows it
     * @param text  the text typed, or null when the field's text is a date or empty
     */
    public final void setUnreadableDate(String field, String text) {
        boolean changed = text == null ? unreadableDates.remove(field) != null
                : !text.equals(unreadableDates.put(field, text));
        if (changed) {
            update();
        }
    }

    /** Whether some date field holds text that names no date. */
    public final boolean hasUnreadableDate() {
        return !unreadableDates.isEmpty();
    }

    /** Counts the loads of a record into the fields: the view puts the fields' texts back on each. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    protected boolean isLoading() {
        return loading;
    }

    public T original() {
        return original;
    }

    protected abstract void fill(T record);

    /** The record as the fields describe it (never throws; invalid fields show in {@link #errors()}). */
    protected abstract T build();

    /** Messages of what keeps the fields from being applied; empty when they can be. */
    protected abstract List<String> errors();

    /** Messages of what is allowed but worth a look (done without a completion date …). */
    protected List<String> warnings() {
        return List.of();
    }

    private void update() {
        if (loading || original == null) {
            return;
        }
        dirty.set(!Objects.equals(build(), original) || !unreadableDates.isEmpty());
        List<String> errors = new ArrayList<>();
        unreadableDates.forEach((field, text) -> errors.add(lang("validation.date.unreadable", field, text)));
        errors.addAll(errors());
        valid.set(errors.isEmpty());
        List<String> warnings = warnings();
        message.set(!errors.isEmpty() ? errors.get(0) : warnings.isEmpty() ? "" : warnings.get(0));
    }

    /** Writes the fields to the store; false when they are invalid or unchanged. */
    public boolean apply() {
        update();
        if (original == null || !valid.get() || !dirty.get() || !session.isWritable()) {
            return false; // a large change being written: the fields stay as typed until it is done
        }
        T edited = build();
        T before = original;
        original = edited;
        session.run(new EditCommand(before, edited));
        update();
        return true;
    }

    /** Puts the stored values back into the fields. */
    public void cancel() {
        if (original != null) {
            load(original);
        }
    }

    /** False while the ledger may not be written (held by another window, or a large change being written). */
    public javafx.beans.binding.BooleanBinding writableBinding() {
        return session.writableBinding();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The first error (or else warning) in plain words; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
