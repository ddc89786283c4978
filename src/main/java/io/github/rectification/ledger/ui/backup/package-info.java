/** The open ledger's backups, each with its figures, and the restore of one in place of the ledger. */
package io.github.rectification.ledger.ui.backup;
