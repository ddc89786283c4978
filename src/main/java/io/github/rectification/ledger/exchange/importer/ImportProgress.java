package io.github.rectification.ledger.exchange.importer;

/** Hears how far an import has read: sheets done of all sheets, and data rows read so far. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (sheet, sheets, rows) -> { };

    void report(int sheetsDone, int sheets, long rows);
}
