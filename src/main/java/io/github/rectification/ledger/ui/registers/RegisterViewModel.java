package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.RegisterRecord;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A register (accountability or institutions): its rows, the selected row, and a form buffer
 * for it. Each add, apply and delete is one store write and one step of the ledger's undo history.
 * The two registers differ only in their {@link RegisterFields}.
 *
 * @param <T> the record type
 */
public final class RegisterViewModel<T extends RegisterRecord> {
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RegisterFields<T> fields;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemChoice> problems = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, String> unreadableDates = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private boolean loading;
    private long loads;

    public RegisterViewModel(LedgerSession session, TaskExecutor executor, DialogService dialogs,
            RegisterFields<T> fields) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fields = fields;
        selected.addListener((obs, old, now) -> {
            loading = true;
            try {
                unreadableDates.clear();
                fields.fill(now, this::choiceOf);
            } finally {
                loading = false;
            }
            shown.set(shown.get() + 1);
            update();
        });
        fields.fields().forEach(f -> f.addListener(o -> update()));
        session.lastChangeProperty().addListener((obs, old, now) -> reload());
    }

    /** The fields of the form and the columns of the table: what this register's records have. */
    public RegisterFields<T> fields() {
        return fields;
    }

    /** The columns of the register's table, in order. */
    public List<RegisterColumn<T>> columns() {
        return fields.columns();
    }

    /** A ledger is open and may be written (not held by another window). */
    public BooleanBinding writableBinding() {
        return session.writableBinding();
    }

    /** Reads the rows and the problems to link to, in the background. */
    public void reload() {
        if (!session.isOpen()) {
            rows.clear();
            problems.clear();
            return;
        }
        String none = lang("register.problem.none");
        long load = ++loads;
        executor.execute(BackgroundTask.wrap(() -> {
                    LedgerStore reader = session.reader();
                    return new Loaded<>(read(reader), ProblemChoice.all(reader, none));
                })
                .onSuccess(loaded -> {
                    if (load != loads) {
                        return;
                    }
                    T keep = selected.get();
                    problems.setAll(loaded.problems());
                    rows.setAll(loaded.rows());
                    selected.set(keep == null ? null : loaded.rows().stream()
                            .filter(r -> r.id() == keep.id()).findFirst().orElse(null));
                }));
    }

    private record Loaded<R>(List<R> rows, List<ProblemChoice> problems) {
    }

    /** The records of this register, in the order they were added. */
    @SuppressWarnings("unchecked")
    private List<T> read(LedgerStore store) {
        return (List<T>) switch (fields.blank().recordKind()) {
            case ACCOUNTABILITY -> store.registers().accountability();
            case INSTITUTION -> store.registers().institutions();
            default -> throw new IllegalStateException("not a register: " + fields.blank().recordKind());
        };
    }

    private void update() {
        if (loading) {
            return;
        }
        T s = selected.get();
        dirty.set(s != null && (!Objects.equals(fields.build(s), s) || !unreadableDates.isEmpty()));
        List<String> errors = new ArrayList<>();
        if (s != null) {
            unreadableDates.forEach((field, text) -> errors.add(lang("validation.date.unreadable", field, text)));
            errors.addAll(fields.errors());
        }
        valid.set(errors.isEmpty());
        message.set(errors.isEmpty() ? "" : errors.get(0));
    }

    /**
     * Tells that the date field named {@code field} holds text that names no date ({@code text}),
     * or no longer does (null): while one does, the record cannot be applied and the message says why.
     */
    public final void setUnreadableDate(String field, String text) {
        boolean changed = text == null ? unreadableDates.remove(field) != null
                : !text.equals(unreadableDates.put(field, text));
        if (changed) {
            update();
        }
    }

    /** Counts the records shown in the fields: the view puts the date fields' texts back on each. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Adds a record with defaults and selects it for editing. */
    public void add() {
        if (!session.isWritable()) {
            return;
        }
        RegisterCommand<T> command = RegisterCommand.add(fields.blank());
        session.run(command);
        T added = command.record();
        if (rows.stream().noneMatch(r -> r.id() == added.id())) {
            rows.add(added);
        }
        selected.set(added);
    }

    /** Writes the fields to the selected record. */
    public boolean apply() {
        update();
        T s = selected.get();
        if (s == null || !valid.get() || !dirty.get()) {
            return false;
        }
        T edited = fields.build(s);
        session.run(RegisterCommand.edit(s, edited));
        int at = rows.indexOf(s);
        if (at >= 0) {
            rows.set(at, edited);
        }
        selected.set(edited);
        return true;
    }

    public void cancel() {
        T s = selected.get();
        selected.set(null);
        selected.set(s);
    }

    /** Deletes the selected record after asking. */
    public void delete() {
        T s = selected.get();
        if (s == null || !dialogs.showConfirmation(lang("delete.title"),
                lang("register.delete.message", fields.describe(s)), lang("delete.confirm"))) {
            return;
        }
        session.run(RegisterCommand.delete(s));
        rows.remove(s);
        selected.set(null);
    }

    public ObservableList<T> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<ProblemChoice> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    private ProblemChoice choiceOf(Long problemId) {
        for (ProblemChoice c : problems) {
            if (Objects.equals(c.id(), problemId)) {
                return c;
            }
        }
        return problems.isEmpty() ? null : problems.get(0);
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The label of a linked problem for the table. */
    public String problemLabel(Long problemId) {
        if (problemId == null) {
            return "";
        }
        ProblemChoice c = choiceOf(problemId);
        return c == null || c.id() == null ? "" : c.label();
    }
}
