package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.store.LedgerStore;

/**
 * The ledger's setting for measures a workbook marks 已完成 without a completion date (an office sheet
 * without a 完成时间 column): left empty (the default; the quality check then lists them), or given the
 * day of the import.
 */
public final class CompletionDates {
    private CompletionDates() {
    }

    public static boolean fromImportDate(LedgerStore store) {
        return store != null && store.settings().get(LedgerSettings.COMPLETED_ON_FROM_IMPORT_DATE);
    }

    public static void setFromImportDate(LedgerStore store, boolean fromImportDate) {
        store.settings().put(LedgerSettings.COMPLETED_ON_FROM_IMPORT_DATE, fromImportDate);
    }
}
