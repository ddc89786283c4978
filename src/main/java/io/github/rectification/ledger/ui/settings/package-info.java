/**
 * Settings: the user's own (the name the change history records, the language) and the open
 * ledger's (counting rule, deadline warning bands, completion dates of an import, the PDF font).
 */
package io.github.rectification.ledger.ui.settings;
