package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.store.LedgerFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one message on stderr, in the window's language, and an exit code: 3 for refused
 * input, 1 otherwise.
 */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (ex instanceof LedgerFileException || ex instanceof RejectedInputException) {
            cl.getErr().println(Messages.TEXTS.text("refused", ex.getMessage()));
            return LedgerCli.REJECTED;
        }
        cl.getErr().println(Messages.TEXTS.text("failed", ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        return LedgerCli.FAILED;
    }
}
