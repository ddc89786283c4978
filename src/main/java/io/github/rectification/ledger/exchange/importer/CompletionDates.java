package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.store.LedgerStore;

/**
 * The ledger's setting for measures a workbook marks 已完成 without a completion date (an office sheet
 * without a 完成时间 column): left empty (the default; the quality check then lists them), or given the
 * day of the import.
 */
public final class CompletionDates {
    /** The setting's key; "true" gives such measures the import's day. */
    public static final String SETTING = "import.completed_on_from_import_date";

    private CompletionDates() {
    }

    public static boolean fromImportDate(LedgerStore store) {
        return store != null && store.setting(SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    public static void setFromImportDate(LedgerStore store, boolean fromImportDate) {
        store.putSetting(SETTING, Boolean.toString(fromImportDate));
    }
}
