/**
 * Desktop integration without JavaFX: one running instance per user (a second start hands its file
 * over), the log file, and the folders the application keeps its own files in.
 */
package io.github.rectification.ledger.desktop;
