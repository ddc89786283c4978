/** The change history of a record, shown in the window's words, and its inspection's history exported to Excel. */
package io.github.rectification.ledger.ui.history;
