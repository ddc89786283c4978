package io.github.rectification.ledger.ui.session;

import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
    private final AtomicReference<LedgerStore> reader = new AtomicReference<>();
    private final ReadOnlyLongWrapper imports = new ReadOnlyLongWrapper();
    private final BooleanBinding writable = Bindings.createBooleanBinding(this::isWritable, store);
    private volatile long generation;
    private long revision;

    /** Opens a ledger file (creating it when missing) in place of the current one. */
    public void open(Path path) throws LedgerFileException {
        adopt(LedgerStore.open(path));
    }

    /**
     * Puts a store opened elsewhere (on a background thread: opening checks the whole file) in
     * place of the current one.
     */
    public void adopt(LedgerStore opened) {
        LedgerStore old = store.get();
        retireReader();
        store.set(opened);
        file.set(opened.file());
        if (old != null) {
            old.close();
        }
        undoManager.clear();
        fire(null, true, null);
    }

    /**
     * A second, read-only connection to the open ledger for background work (searches, figures,
     * lists), so that a long read never holds up the window's own connection. Opened on first use,
     * from a background thread, when it also starts building its search index; it sees every change
     * once the change's write returned.
     */
    public LedgerStore reader() throws LedgerFileException {
        LedgerStore r = reader.get();
        if (r != null) {
            return r;
        }
        long gen = generation;
        LedgerStore opened = LedgerStore.openReadOnly(store().file());
        if (gen != generation || !reader.compareAndSet(null, opened)) {
            // another ledger was opened meanwhile, or another task opened the reader first
            closeLater(opened);
            r = reader.get();
            if (r == null) {
                throw new IllegalStateException("the ledger was closed");
            }
            return r;
        }
        opened.inspections().prepareSearch();
        return opened;
    }

    private void retireReader() {
        generation++;
        LedgerStore old = reader.getAndSet(null);
        if (old != null) {
            closeLater(old);
        }
    }

    /** Closes a reader once the background read running on it (if any) is done, without waiting here. */
    private static void closeLater(LedgerStore s) {
        Thread t = new Thread(s::close, "ledger-reader-close");
        t.setDaemon(true);
        t.start();
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

    /** A ledger is open and may be written: not held read-only because another window has it. */
    public boolean isWritable() {
        return isOpen() && !store().readOnly();
    }

    /** {@link #isWritable()}, followed as ledgers open and close. */
    public BooleanBinding writableBinding() {
        return writable;
    }

    /** Runs an undoable change; returns its outcome (the views reload when something changed). */
    public LedgerCommand.Outcome run(LedgerCommand command) {
        LedgerCommand.Outcome outcome = undoManager.execute(command, store());
        if (outcome.changed()) {
            fire(outcome.focus(), false, outcome.edited());
        }
        return outcome;
    }

    public void undo() {
        LedgerCommand.Outcome outcome = undoManager.undo(store());
        if (outcome.changed()) {
            fire(outcome.focus(), false, outcome.edited());
        }
    }

    public void redo() {
        LedgerCommand.Outcome outcome = undoManager.redo(store());
        if (outcome.changed()) {
            fire(outcome.focus(), false, outcome.edited());
        }
    }

    /** Announces a change made outside the undo history (registers); views reload. */
    public void changed(NodeKey focus) {
        fire(focus, false, null);
    }

    /**
     * Announces that an import (a workbook, or returns) wrote to the ledger: views reload, and
     * what is checked after an import (the quality check) runs.
     */
    public void imported() {
        imports.set(imports.get() + 1);
        fire(null, false, null);
    }

    /** Counts the imports announced since the window started; it changes after each. */
    public ReadOnlyLongProperty importsProperty() {
        return imports.getReadOnlyProperty();
    }

    private void fire(NodeKey focus, boolean reopened, LedgerRecord edited) {
        lastChange.set(new LedgerChange(++revision, focus, reopened, edited));
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
        retireReader();
        if (s != null) {
            store.set(null);
            s.close();
        }
    }
}
