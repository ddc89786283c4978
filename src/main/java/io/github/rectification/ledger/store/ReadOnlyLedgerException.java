package io.github.rectification.ledger.store;

import java.nio.file.Path;

/** A write to a ledger that was opened read-only, because another window or program holds it for writing. */
public final class ReadOnlyLedgerException extends IllegalStateException {
    private final Path file;

    public ReadOnlyLedgerException(Path file) {
        super(Messages.TEXTS.text("readOnly", file));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
