package io.github.rectification.ledger.cli;

/** Input a command refuses (exit code 3): the message names what is wrong; nothing was changed. */
public final class RejectedInputException extends Exception {
    public RejectedInputException(String message) {
        super(message);
    }
}
