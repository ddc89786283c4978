package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.store.LedgerFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into a message on stderr and an exit code: 3 for refused input, 1 otherwise. */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (ex instanceof LedgerFileException || ex instanceof RejectedInputException) {
            cl.getErr().println("错误: " + ex.getMessage());
            return LedgerCli.REJECTED;
        }
        cl.getErr().println("失败: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        return LedgerCli.FAILED;
    }
}
