/**
 * What makes the window a product: settings, the About dialog, backups to restore, the change
 * history of a record, the read-only banner, dropping an Excel file to import it.
 */
package io.github.rectification.ledger.ui.product;
