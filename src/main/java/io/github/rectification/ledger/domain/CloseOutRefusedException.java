package io.github.rectification.ledger.domain;

/** A close-out step that a rule forbids; the message says which rule. Nothing was changed. */
public final class CloseOutRefusedException extends Exception {
    public CloseOutRefusedException(String message) {
        super(message);
    }
}
