package io.github.rectification.ledger.exchange.importer;

/** The user cancelled an import; nothing was written. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super(Messages.TEXTS.text("cancelled"));
    }
}
