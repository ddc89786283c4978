package io.github.rectification.ledger.store;

/** A database operation failed; the transaction it ran in was rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
