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
        if (outcome.changed()) {
            undo.push(command);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            update();
        }
        return outcome;
    }

    LedgerCommand.Outcome undo(LedgerStore store) {
        if (undo.isEmpty()) {
            return LedgerCommand.Outcome.nothing();
        }
        LedgerCommand c = undo.pop();
        LedgerCommand.Outcome outcome = store.unitOfWork().run(ChangeSource.UNDO, () -> c.undo(store));
        redo.push(c);
        update();
        return outcome;
    }

    LedgerCommand.Outcome redo(LedgerStore store) {
        if (redo.isEmpty()) {
            return LedgerCommand.Outcome.nothing();
        }
        LedgerCommand c = redo.pop();
        LedgerCommand.Outcome outcome = store.unitOfWork().run(ChangeSource.REDO, () -> c.execute(store));
        undo.push(c);
        update();
        return outcome;
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
