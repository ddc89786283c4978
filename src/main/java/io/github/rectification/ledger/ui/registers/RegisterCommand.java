package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerCommand;

/**
 * An add, edit or delete of a register record as one undoable step. A record that undo or redo
 * puts back gets its id and stable id again, so its history and the exports that carry it still
 * name it.
 *
 * @param <T> the record type
 */
final class RegisterCommand<T> implements LedgerCommand {
    private enum Kind {
        ADD, EDIT, DELETE
    }

    private final RegisterViewModel<T> register;
    private final Kind kind;
    private T before;
    private T after;
    private String uid;

    private RegisterCommand(RegisterViewModel<T> register, Kind kind, T before, T after) {
        this.register = register;
        this.kind = kind;
        this.before = before;
        this.after = after;
    }

    /** Adds {@code record} (without id); {@link #record()} is the added record once run. */
    static <T> RegisterCommand<T> add(RegisterViewModel<T> register, T record) {
        return new RegisterCommand<>(register, Kind.ADD, null, record);
    }

    static <T> RegisterCommand<T> edit(RegisterViewModel<T> register, T before, T after) {
        return new RegisterCommand<>(register, Kind.EDIT, before, after);
    }

    static <T> RegisterCommand<T> delete(RegisterViewModel<T> register, T record) {
        return new RegisterCommand<>(register, Kind.DELETE, record, null);
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
                    after = register.insert(store, after);
                    uid = store.history().uidOf(register.recordKind(), register.idOf(after));
                } else {
                    register.restore(store, after, uid);
                }
            }
            case EDIT -> register.update(store, after);
            case DELETE -> remove(store, before);
        }
        return Outcome.changed(null);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        switch (kind) {
            case ADD -> remove(store, after);
            case EDIT -> register.update(store, before);
            case DELETE -> register.restore(store, before, uid);
        }
        return Outcome.changed(null);
    }

    private void remove(LedgerStore store, T record) {
        uid = store.history().uidOf(register.recordKind(), register.idOf(record));
        register.delete(store, register.idOf(record));
    }
}
