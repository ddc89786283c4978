package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.Backup;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerLocations;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** File menu: new, open, open recent, save as. */
public final class FileActions {
    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private BooleanSupplier beforeLeave = () -> true;
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);

    public FileActions(LedgerSession session, DialogService dialogs, TaskExecutor executor, UiPreferences prefs) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        this.prefs = prefs;
    }

    /** What must agree before the open ledger is left (the form asks about changes not applied yet). */
    public void setBeforeLeave(BooleanSupplier check) {
        beforeLeave = check;
    }

    private DialogService.FileDialogConfig config(String title, String initialName) {
        Path dir = prefs.lastDirectory();
        if (dir == null && session.isOpen()) {
            dir = session.store().file().getParent();
        }
        return new DialogService.FileDialogConfig(title, dir, lang("file.filter.ledger"),
                List.of(LedgerLocations.EXTENSION), initialName);
    }

    /** Creates an empty ledger in a file the user chooses and opens it. */
    public void newLedger() {
        Optional<Path> chosen = dialogs.showSaveDialog(config(lang("file.new.title"),
                lang("file.new.name") + "." + LedgerLocations.EXTENSION));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get());
        if (session.isOpen() && target.toAbsolutePath().equals(session.store().file())) {
            dialogs.showInformation(lang("file.new.title"), lang("file.new.same"));
            return;
        }
        if (!beforeLeave.getAsBoolean()) {
            return;
        }
        try {
            // the file chooser asked before replacing an existing file
            Files.deleteIfExists(target);
        } catch (IOException e) {
            dialogs.showError(lang("error.write", target), e);
            return;
        }
        open(target);
    }

    /** Asks for a ledger file and opens it. */
    public void openLedger() {
        dialogs.showOpenDialog(config(lang("file.open.title"), null)).ifPresent(this::open);
    }

    /**
     * Opens the ledger the window starts on: {@code file} when one is given (the default ledger when
     * it cannot be opened), else the last ledger opened, else the default ledger in the user's data folder.
     */
    public void openAtStart(Path file) {
        Path target = file != null ? file
                : prefs.recentFiles().stream().findFirst().orElse(LedgerLocations.defaultLedger());
        open(target, file == null ? () -> { } : () -> open(LedgerLocations.defaultLedger()));
    }

    /** Opens a ledger file in place of the current one (see {@link #open(Path, Runnable)}). */
    public BackgroundTask<LedgerStore> open(Path file) {
        return open(file, () -> { });
    }

    /**
     * Opens a ledger file in place of the current one. Opening checks the whole file, so it runs in
     * the background while {@link #openingProperty()} is true; when the file cannot be opened the
     * user is told why and {@code otherwise} runs. Null when the user stays on the current ledger, and
     * when {@code file} is that ledger.
     */
    public BackgroundTask<LedgerStore> open(Path file, Runnable otherwise) {
        // the ledger already open stays open as it is: opened a second time it would be locked by itself
        // and come back read-only
        if (session.isOpen() && sameFile(session.store().file(), file)) {
            return null;
        }
        if (!beforeLeave.getAsBoolean()) {
            return null;
        }
        opening.set(true);
        return executor.execute(BackgroundTask.wrap(() -> LedgerStore.open(file))
                .onSuccess(store -> {
                    opening.set(false);
                    session.adopt(store);
                    opened(file);
                })
                .onFailure(e -> {
                    opening.set(false);
                    if (e instanceof LedgerFileException lfe && lfe.reason() == LedgerFileException.Reason.DAMAGED
                            && offerBackup(file)) {
                        opened(file);
                        return;
                    }
                    dialogs.showError(e instanceof LedgerFileException lfe ? openFailure(lfe)
                            : lang("error.open.unreadable", file), e);
                    otherwise.run();
                }));
    }

    private static boolean sameFile(Path open, Path wanted) {
        try {
            return java.nio.file.Files.exists(wanted) && java.nio.file.Files.isSameFile(open, wanted);
        } catch (java.io.IOException e) {
            return open.toAbsolutePath().normalize().equals(wanted.toAbsolutePath().normalize());
        }
    }

    private void opened(Path file) {
        session.store().setAuthor(prefs.userName());
        prefs.addRecentFile(file);
        prefs.storeLastDirectory(file.toAbsolutePath().getParent());
    }

    /** True while a ledger is being opened. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /**
     * A damaged ledger is never written to; when a good backup exists, the user may put the newest
     * one in its place (the damaged file is kept beside the backups). True when the ledger is open.
     */
    private boolean offerBackup(Path file) {
        Backups backups = Backups.forLedger(file);
        Optional<Backup> good = backups.newestGood();
        if (good.isEmpty() || !dialogs.showConfirmation(lang("backup.title"), lang("backup.offer.damaged",
                file.getFileName(), good.get().made().format(java.time.format.DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm:ss"))), lang("backup.restore"))) {
            return false;
        }
        try {
            backups.restoreUnopenable(good.get()).close();
            session.open(file);
            return true;
        } catch (LedgerFileException | RuntimeException e) {
            dialogs.showError(lang("backup.restore.failed"), e);
            return false;
        }
    }

    static String openFailure(LedgerFileException e) {
        return switch (e.reason()) {
            case NOT_SQLITE -> lang("error.open.not.sqlite", e.file());
            case NOT_A_LEDGER -> lang("error.open.not.ledger", e.file());
            case NEWER_SCHEMA -> lang("error.open.newer", e.file());
            case UNREADABLE -> lang("error.open.unreadable", e.file());
            case DAMAGED -> lang("error.open.damaged", e.file());
        };
    }

    public List<Path> recentFiles() {
        return prefs.recentFiles();
    }

    /** Writes a copy of the open ledger to a file the user chooses, then works on in the copy. */
    public void saveAs() {
        if (!session.isOpen()) {
            return;
        }
        LedgerStore store = session.store();
        Optional<Path> chosen = dialogs.showSaveDialog(config(lang("file.save.as.title"),
                store.file().getFileName().toString()));
        chosen.map(FileActions::withExtension).ifPresent(this::saveAs);
    }

    /** Writes a copy of the open ledger to {@code target} in the background and opens the copy. */
    public BackgroundTask<Path> saveAs(Path target) {
        LedgerStore store = session.store();
        if (target.toAbsolutePath().equals(store.file())) {
            dialogs.showInformation(lang("file.save.as.title"), lang("file.save.as.same"));
            return null;
        }
        return executor.execute(BackgroundTask.wrap(() -> {
                    store.saveCopy(target);
                    return target;
                })
                .onSuccess(this::open)
                .onFailure(e -> dialogs.showError(lang("error.write", target), e)));
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + "." + LedgerLocations.EXTENSION);
    }
}
