package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The ledger open in the window: its store, its undo history, and a change signal that every view
 * listens to. All ledger writes of the window go through {@link #run} (undoable) or are announced
 * with {@link #changed} (register edits).
 */
public final class LedgerSession implements AutoCloseable {
    private final ReadOnlyObjectWrapper<LedgerStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LedgerChange> lastChange = new ReadOnlyObjectWrapper<>();
    private final UndoManager undoManager = new UndoManager();
    private long revision;

    /** Opens a ledger file (creating it when missing) in place of the current one. */
    public void open(Path path) throws LedgerFileException {
        LedgerStore opened = LedgerStore.open(path);
        LedgerStore old = store.get();
        store.set(opened);
        file.set(opened.file());
        if (old != null) {
            old.close();
        }
        undoManager.clear();
        fire(null, true);
    }

    public LedgerStore store() {
        LedgerStore s = store.get();
        if (s == null) {
            throw new IllegalStateException("no ledger is open");
        }
        return s;
    }

    public boolean isOpen() {
        return store.get() != null;
    }

    /** Runs an undoable change; returns its outcome (the views reload when something changed). */
    public LedgerCommand.Outcome run(LedgerCommand command) {
        LedgerCommand.Outcome outcome = undoManager.execute(command, store());
        if (outcome.changed()) {
            fire(outcome.focus(), false);
        }
        return outcome;
    }

    public void undo() {
        LedgerCommand.Outcome outcome = undoManager.undo(store());
        if (outcome.changed()) {
            fire(outcome.focus(), false);
        }
    }

    public void redo() {
        LedgerCommand.Outcome outcome = undoManager.redo(store());
        if (outcome.changed()) {
            fire(outcome.focus(), false);
        }
    }

    /** Announces a change made outside the undo history (registers); views reload. */
    public void changed(NodeKey focus) {
        fire(focus, false);
    }

    private void fire(NodeKey focus, boolean reopened) {
        lastChange.set(new LedgerChange(++revision, focus, reopened));
    }

    public UndoManager undoManager() {
        return undoManager;
    }

    public ReadOnlyObjectProperty<LedgerStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LedgerChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    @Override
    public void close() {
        LedgerStore s = store.get();
        if (s != null) {
            store.set(null);
            s.close();
        }
    }
}
