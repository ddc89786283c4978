package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs for view-model tests: answers confirmations as told and records what was shown. */
public final class TestDialogs implements DialogService {
    public boolean confirm = true;
    public final List<String> shown = new ArrayList<>();
    public final List<Throwable> errors = new ArrayList<>();
    /** The files given to the system's viewer. */
    public final List<Path> opened = new ArrayList<>();
    public Path chosenFile;
    /** The last file chooser asked for. */
    public FileDialogConfig lastFileDialog;
    public PendingChoice pendingChoice = PendingChoice.CANCEL;
    /** What {@link #askText} answers; null: the user cancelled. */
    public String answer;

    @Override
    public void showError(String message, Throwable cause) {
        shown.add(message);
        errors.add(cause);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(message);
    }

    @Override
    public boolean showConfirmation(String title, String message, String confirmLabel) {
        shown.add(message);
        return confirm;
    }

    @Override
    public PendingChoice askPendingChanges(String title, String message) {
        shown.add(message);
        return pendingChoice;
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        shown.add(prompt);
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> showOpenDialog(FileDialogConfig config) {
        lastFileDialog = config;
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public Optional<Path> showSaveDialog(FileDialogConfig config) {
        lastFileDialog = config;
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public Optional<Path> showDirectoryDialog(String title, Path initialDirectory) {
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public boolean openWithSystem(Path file) {
        opened.add(file);
        return true;
    }
}
