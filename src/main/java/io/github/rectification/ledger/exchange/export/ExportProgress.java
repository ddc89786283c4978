package io.github.rectification.ledger.exchange.export;

/** Told how far an export has come, in measures written of all measures to write. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void measuresWritten(long done, long total);
}
