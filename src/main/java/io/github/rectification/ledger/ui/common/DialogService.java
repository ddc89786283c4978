package io.github.rectification.ledger.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the window shows goes through here: owned by the main window, a plain localized
 * message, technical details folded away, and failures logged exactly once (here).
 */
public interface DialogService {

    /**
     * What a file chooser offers: a title, where it starts (null: the folder last used), one filter
     * of file endings ("pdf"; "*.pdf" is read alike), an initial name.
     */
    record FileDialogConfig(String title, Path initialDirectory, String filterDescription, List<String> extensions,
                            String initialFileName) {
        public FileDialogConfig {
            extensions = extensions.stream().map(e -> e.replaceFirst("^\\*?\\.", "")).toList();
        }
    }

    /** Shows a failure: the message for the user, the cause's details expandable; logs it. */
    void showError(String message, Throwable cause);

    void showInformation(String title, String message);

    /** Asks before something that cannot simply be taken back; true when the user confirmed. */
    boolean showConfirmation(String title, String message, String confirmLabel);

    /** The answers to "the form holds changes not applied yet". */
    enum PendingChoice { APPLY, DISCARD, CANCEL }

    /**
     * Asks what to do with changes not applied yet before the form shows something else: apply
     * them, discard them, or stay (also when the dialog is closed).
     */
    PendingChoice askPendingChanges(String title, String message);

    Optional<Path> showOpenDialog(FileDialogConfig config);

    /** Asks for a line of text (a reason, an opinion); empty when the user cancelled. */
    Optional<String> askText(String title, String prompt);

    Optional<Path> showSaveDialog(FileDialogConfig config);

    /** Asks for a folder, starting in {@code initialDirectory} (null: the folder last used). */
    Optional<Path> showDirectoryDialog(String title, Path initialDirectory);

    /** Opens a file with the system's program for its kind; false when it could not be asked. */
    boolean openWithSystem(Path file);
}
