/**
 * The Help menu's windows: About (version, licence, the folders of data, log, ledger and backups)
 * and the keyboard shortcuts.
 */
package io.github.rectification.ledger.ui.help;
