package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.store.ChangeSource;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The undo and redo stacks of the open ledger; undo and redo are marked as such in the change history. */
public final class UndoManager {
    private static final int LIMIT = 200;

    private final Deque<LedgerCommand> undo = new ArrayDeque<>();
    private final Deque<LedgerCommand> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");

    LedgerCommand.Outcome execute(LedgerCommand command, LedgerStore store) {
        LedgerCommand.Outcome outcome = command.execute(store);
        done(command, outcome);
        return outcome;
    }

    /** Keeps a command that ran (on any thread) for undo, once its outcome is known; on the window's thread. */
    void done(LedgerCommand command, LedgerCommand.Outcome outcome) {
        if (outcome.changed()) {
            undo.push(command);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            update();
        }
    }

    LedgerCommand.Outcome undo(LedgerStore store) {
        LedgerCommand c = nextUndo();
        if (c == null) {
            return LedgerCommand.Outcome.nothing();
        }
        LedgerCommand.Outcome outcome = undoWork(c, store);
        undone(c);
        return outcome;
    }

    LedgerCommand.Outcome redo(LedgerStore store) {
        LedgerCommand c = nextRedo();
        if (c == null) {
            return LedgerCommand.Outcome.nothing();
        }
        LedgerCommand.Outcome outcome = redoWork(c, store);
        redone(c);
        return outcome;
    }

    /** The command the next undo takes back, or null. */
    LedgerCommand nextUndo() {
        return undo.peek();
    }

    /** The command the next redo runs again, or null. */
    LedgerCommand nextRedo() {
        return redo.peek();
    }

    /** The store work of undoing {@code c}, one transaction marked as an undo; any thread. */
    static LedgerCommand.Outcome undoWork(LedgerCommand c, LedgerStore store) {
        return store.unitOfWork().run(ChangeSource.UNDO, () -> c.undo(store));
    }

    /** The store work of redoing {@code c}, one transaction marked as a redo; any thread. */
    static LedgerCommand.Outcome redoWork(LedgerCommand c, LedgerStore store) {
        return store.unitOfWork().run(ChangeSource.REDO, () -> c.execute(store));
    }

    /** {@code c}, the next undo, was undone: it moves to the redo stack. */
    void undone(LedgerCommand c) {
        if (undo.peek() == c) {
            undo.pop();
            redo.push(c);
            update();
        }
    }

    /** {@code c}, the next redo, was done again: it moves back to the undo stack. */
    void redone(LedgerCommand c) {
        if (redo.peek() == c) {
            redo.pop();
            undo.push(c);
            update();
        }
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
