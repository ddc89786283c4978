package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Status;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How to import: the workbook's password (null when none), whether records missing from a
 * re-imported export are deleted, the class chosen for each status word the list does not know
 * (others default to in progress), a cancel flag, a progress listener and the side that wins
 * every conflict of a returned workbook (null: conflicts stay open for the user), and whether the
 * ledger is backed up before it is written (off for the second and later of several imports in a row,
 * which one backup before the first covers), and whether a returned workbook keeps the before-image
 * of the rows it writes in the ledger instead of that backup ({@link
 * io.github.rectification.ledger.store.BeforeImages}; the command line's way).
 */
public record ImportOptions(
        String password,
        boolean deleteMissing,
        Map<String, Status> statusChoices,
        BooleanSupplier cancelled,
        ImportProgress progress,
        ConflictChoice take,
        boolean backup,
        boolean beforeImage) {

    /** The class an unknown status word gets when the user has not chosen one. */
    public static final Status UNKNOWN_STATUS_DEFAULT = Status.IN_PROGRESS;

    public ImportOptions {
        statusChoices = statusChoices == null ? Map.of() : Map.copyOf(statusChoices);
        cancelled = cancelled == null ? () -> false : cancelled;
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public ImportOptions(String password, boolean deleteMissing, Map<String, Status> statusChoices,
            BooleanSupplier cancelled, ImportProgress progress) {
        this(password, deleteMissing, statusChoices, cancelled, progress, null, true, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, Map.of(), null, null, null, true, false);
    }

    /** Decides every conflict of the return for one side (null leaves them open). */
    public ImportOptions withTake(ConflictChoice choice) {
        return new ImportOptions(password, deleteMissing, statusChoices, cancelled, progress, choice, backup, beforeImage);
    }

    public ImportOptions withPassword(String pw) {
        return new ImportOptions(pw, deleteMissing, statusChoices, cancelled, progress, take, backup, beforeImage);
    }

    public ImportOptions withDeleteMissing(boolean delete) {
        return new ImportOptions(password, delete, statusChoices, cancelled, progress, take, backup, beforeImage);
    }

    public ImportOptions withStatusChoices(Map<String, Status> choices) {
        return new ImportOptions(password, deleteMissing, choices, cancelled, progress, take, backup, beforeImage);
    }

    public ImportOptions withCancel(BooleanSupplier flag) {
        return new ImportOptions(password, deleteMissing, statusChoices, flag, progress, take, backup, beforeImage);
    }

    public ImportOptions withProgress(ImportProgress listener) {
        return new ImportOptions(password, deleteMissing, statusChoices, cancelled, listener, take, backup, beforeImage);
    }

    /** Whether the ledger is backed up before this import writes it. */
    public ImportOptions withBackup(boolean before) {
        return new ImportOptions(password, deleteMissing, statusChoices, cancelled, progress, take, before, beforeImage);
    }

    /** Whether a returned workbook keeps its before-image in the ledger instead of a backup of the file. */
    public ImportOptions withBeforeImage(boolean keep) {
        return new ImportOptions(password, deleteMissing, statusChoices, cancelled, progress, take, backup, keep);
    }

    /** The class of an unknown status word. */
    public Status statusFor(String word) {
        return statusChoices.getOrDefault(word, UNKNOWN_STATUS_DEFAULT);
    }
}
