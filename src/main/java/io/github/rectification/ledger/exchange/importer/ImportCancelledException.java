package io.github.rectification.ledger.exchange.importer;

/** The user cancelled an import; nothing was written. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("导入已取消,台账未改动");
    }
}
