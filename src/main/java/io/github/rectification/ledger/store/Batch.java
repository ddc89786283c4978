package io.github.rectification.ledger.store;

/** One export sent out: its stable id, when, by whom, the file, the file's SHA-256 and the department it went to (or null). */
public record Batch(long id, String uid, String at, String who, String fileName, String sha256, String department) {
}
