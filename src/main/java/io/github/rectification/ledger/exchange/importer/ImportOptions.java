package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Status;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How to import: the workbook's password (null when none), whether records missing from a
 * re-imported export are deleted, the class chosen for each status word the list does not know
 * (others default to in progress), a cancel flag and a progress listener.
 */
public record ImportOptions(
        String password,
        boolean deleteMissing,
        Map<String, Status> statusChoices,
        BooleanSupplier cancelled,
        ImportProgress progress) {

    /** The class an unknown status word gets when the user has not chosen one. */
    public static final Status UNKNOWN_STATUS_DEFAULT = Status.IN_PROGRESS;

    public ImportOptions {
        statusChoices = statusChoices == null ? Map.of() : Map.copyOf(statusChoices);
        cancelled = cancelled == null ? () -> false : cancelled;
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, Map.of(), null, null);
    }

    public ImportOptions withPassword(String pw) {
        return new ImportOptions(pw, deleteMissing, statusChoices, cancelled, progress);
    }

    public ImportOptions withDeleteMissing(boolean delete) {
        return new ImportOptions(password, delete, statusChoices, cancelled, progress);
    }

    public ImportOptions withStatusChoices(Map<String, Status> choices) {
        return new ImportOptions(password, deleteMissing, choices, cancelled, progress);
    }

    public ImportOptions withCancel(BooleanSupplier flag) {
        return new ImportOptions(password, deleteMissing, statusChoices, flag, progress);
    }

    public ImportOptions withProgress(ImportProgress listener) {
        return new ImportOptions(password, deleteMissing, statusChoices, cancelled, listener);
    }

    /** The class of an unknown status word. */
    public Status statusFor(String word) {
        return statusChoices.getOrDefault(word, UNKNOWN_STATUS_DEFAULT);
    }
}
