package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.RegisterRecord;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerCommand;

/**
 * An add, edit or delete of a register record as one undoable step. A record that undo or redo
 * puts back gets its id and stable id again, so its history and the exports that carry it still
 * name it.
 *
 * @param <T> the record type
 */
final class RegisterCommand<T extends RegisterRecord> implements LedgerCommand {
    private enum Kind {
        ADD, EDIT, DELETE
    }

    private final Kind kind;
    private T before;
    private T after;
    private String uid;

    private RegisterCommand(Kind kind, T before, T after) {
        this.kind = kind;
        this.before = before;
        this.after = after;
    }

    /** Adds {@code record} (without id); {@link #record()} is the added record once run. */
    static <T extends RegisterRecord> RegisterCommand<T> add(T record) {
        return new RegisterCommand<>(Kind.ADD, null, record);
    }

    static <T extends RegisterRecord> RegisterCommand<T> edit(T before, T after) {
        return new RegisterCommand<>(Kind.EDIT, before, after);
    }

    static <T extends RegisterRecord> RegisterCommand<T> delete(T record) {
        return new RegisterCommand<>(Kind.DELETE, record, null);
    }

    /** The record as the command left it: the added or edited one; null after a delete. */
    T record() {
        return after;
    }

    @Override
    public String description() {
        return switch (kind) {
            case ADD -> lang("command.add");
            case EDIT -> lang("command.edit");
            case DELETE -> lang("command.delete");
        };
    }

    @Override
    public Outcome execute(LedgerStore store) {
        switch (kind) {
            case ADD -> {
                if (uid == null) {
                    after = store.registers().add(after);
                    uid = store.history().uidOf(after.recordKind(), after.id());
                } else {
                    store.registers().restore(after, uid);
                }
            }
            case EDIT -> store.registers().update(after);
            case DELETE -> remove(store, before);
        }
        return Outcome.changed(null);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        switch (kind) {
            case ADD -> remove(store, after);
            case EDIT -> store.registers().update(before);
            case DELETE -> store.registers().restore(before, uid);
        }
        return Outcome.changed(null);
    }

    private void remove(LedgerStore store, T record) {
        uid = store.history().uidOf(record.recordKind(), record.id());
        store.registers().delete(record);
    }
}
