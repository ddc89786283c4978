package io.github.rectification.ledger.exchange.read;

/** A workbook an import refuses; the message names the file (and sheet, row, column where they apply). */
public final class ImportRejectedException extends Exception {

    /** Why: most refusals are {@link #UNREADABLE}; the two password cases let a window ask again. */
    public enum Reason {
        UNREADABLE, PASSWORD_REQUIRED, WRONG_PASSWORD, NO_LEDGER
    }

    private final Reason reason;

    public ImportRejectedException(String message) {
        this(Reason.UNREADABLE, message, null);
    }

    public ImportRejectedException(String message, Throwable cause) {
        this(Reason.UNREADABLE, message, cause);
    }

    public ImportRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
