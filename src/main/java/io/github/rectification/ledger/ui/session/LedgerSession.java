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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import java.util.function.Consumer;

/**
 * The ledger open in the window: its store, its undo history, and a change signal that every view
 * listens to. All ledger writes of the window go through {@link #run} (undoable) or are announced
 * with {@link #changed} (register edits). A large change ({@link LedgerCommand#large()}), and its
 * undo and redo, is written in the background through the session's task executor; the ledger is
 * not writable meanwhile ({@link #writingProperty()}), so no other edit can start.
 */
public final class LedgerSession implements AutoCloseable {
    private final ReadOnlyObjectWrapper<LedgerStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LedgerChange> lastChange = new ReadOnlyObjectWrapper<>();
    private final UndoManager undoManager = new UndoManager();
    private final AtomicReference<LedgerStore> reader = new AtomicReference<>();
    private final ReadOnlyLongWrapper imports = new ReadOnlyLongWrapper();
    /** What is being written in the background ("删除"), or empty when nothing is. */
    private final ReadOnlyStringWrapper writing = new ReadOnlyStringWrapper("");
    /** How far the large change being written is, 0 to 1; negative while it cannot tell (or nothing is written). */
    private final javafx.beans.property.ReadOnlyDoubleWrapper writingProgress = new javafx.beans.property.ReadOnlyDoubleWrapper(-1);
    private final BooleanBinding writable = Bindings.createBooleanBinding(this::isWritable, store, writing);
    private TaskExecutor executor = new CurrentThreadTaskExecutor();
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
        LedgerStore oldReader = retireReader();
        store.set(opened);
        file.set(opened.file());
        closeInTurn(oldReader, old);
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

    /** Stops handing out the reader; returns it (or null) for the caller to close. */
    private LedgerStore retireReader() {
        generation++;
        return reader.getAndSet(null);
    }

    /**
     * Closes a retired reader, then the store it read: one after the other on this thread (two
     * connections of one file closed at the same time by two threads can hang in SQLite's close).
     * A reader's close waits for the read running on it, if any.
     */
    private static void closeInTurn(LedgerStore oldReader, LedgerStore old) {
        if (oldReader != null) {
            oldReader.close();
        }
        if (old != null) {
            old.close();
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

    /**
     * A ledger is open and may be written: not held read-only because another window has it, and no
     * large change is being written in the background.
     */
    public boolean isWritable() {
        return isOpen() && !store().readOnly() && writing.get().isEmpty();
    }

    /** {@link #isWritable()}, followed as ledgers open and close and large changes are written. */
    public BooleanBinding writableBinding() {
        return writable;
    }

    /** Where large changes are written: the window's background pool (the calling thread until set). */
    public void useExecutor(TaskExecutor executor) {
        this.executor = executor;
    }

    /** The description of the large change being written in the background; empty when none is. */
    public ReadOnlyStringProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /**
     * How far the large change being written in the background is, from 0 to 1, as the store
     * reports it after each chunk of rows (a delete of an inspection or a problem, and its undo and
     * redo); negative while it has not told yet, or when nothing is being written.
     */
    public javafx.beans.property.ReadOnlyDoubleProperty writingProgressProperty() {
        return writingProgress.getReadOnlyProperty();
    }

    /**
     * Runs an undoable change; returns its outcome (the views reload when something changed). A
     * large change is written in the background instead: this returns at once, with nothing changed
     * yet unless the executor runs on the calling thread; {@link #run(LedgerCommand, Consumer)} tells
     * when it is done.
     */
    public LedgerCommand.Outcome run(LedgerCommand command) {
        requireIdle();
        if (command.large()) {
            LedgerCommand.Outcome[] written = {LedgerCommand.Outcome.nothing()};
            run(command, outcome -> written[0] = outcome);
            return written[0];
        }
        LedgerCommand.Outcome outcome = undoManager.execute(command, store());
        if (outcome.changed()) {
            fire(outcome.focus(), false, outcome.edited());
        }
        return outcome;
    }

    /** Runs an undoable change, in the background when it is large; {@code then} gets its outcome. */
    public void run(LedgerCommand command, Consumer<LedgerCommand.Outcome> then) {
        requireIdle();
        if (!command.large()) {
            then.accept(run(command));
            return;
        }
        write(command.description(), store -> command.execute(store), outcome -> {
            undoManager.done(command, outcome);
            then.accept(outcome);
        });
    }

    public void undo() {
        step(undoManager.nextUndo(), true);
    }

    public void redo() {
        step(undoManager.nextRedo(), false);
    }

    /** Undoes ({@code back}) or redoes {@code c}, in the background when it is large. */
    private void step(LedgerCommand c, boolean back) {
        if (c == null || !writing.get().isEmpty()) {
            return;
        }
        if (!c.large()) {
            LedgerCommand.Outcome outcome = back ? undoManager.undo(store()) : undoManager.redo(store());
            if (outcome.changed()) {
                fire(outcome.focus(), false, outcome.edited());
            }
            return;
        }
        write(c.description(), s -> back ? UndoManager.undoWork(c, s) : UndoManager.redoWork(c, s), outcome -> {
            if (back) {
                undoManager.undone(c);
            } else {
                undoManager.redone(c);
            }
        });
    }

    /** A write while a large change is written would join its transaction on the same connection. */
    private void requireIdle() {
        if (!writing.get().isEmpty()) {
            throw new IllegalStateException("a large change is being written: " + writing.get());
        }
    }

    /** The store work of a large change. */
    private interface Work {
        LedgerCommand.Outcome on(LedgerStore store);
    }

    /**
     * Writes a large change in the background, the ledger not writable meanwhile; once written, the
     * undo history takes it ({@code done}) and the views reload. A failure changes nothing (the
     * store's transaction is rolled back) and is reported by the executor.
     */
    private void write(String description, Work work, Consumer<LedgerCommand.Outcome> done) {
        LedgerStore target = store();
        writing.set(description);
        writingProgress.set(-1);
        BackgroundTask<LedgerCommand.Outcome> task = new BackgroundTask<>() {
            @Override
            protected LedgerCommand.Outcome call() {
                return target.reportingProgress(this::updateProgress, () -> work.on(target));
            }
        };
        writingProgress.bind(task.progressProperty());
        executor.execute(task
                .onSuccess(outcome -> {
                    idle();
                    if (target != store.get()) {
                        return;
                    }
                    done.accept(outcome);
                    if (outcome.changed()) {
                        fire(outcome.focus(), false, outcome.edited());
                    }
                })
                .onFinished(this::idle));
    }

    private void idle() {
        writingProgress.unbind();
        writingProgress.set(-1);
        writing.set("");
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
        LedgerStore oldReader = retireReader();
        store.set(null);
        closeInTurn(oldReader, s);
    }
}
