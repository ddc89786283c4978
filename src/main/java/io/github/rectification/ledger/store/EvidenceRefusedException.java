package io.github.rectification.ledger.store;

import java.nio.file.Path;

/** A file could not be attached as evidence; nothing was written. The message says why, naming the file. */
public final class EvidenceRefusedException extends Exception {
    private final transient Path file;

    public EvidenceRefusedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The file refused, or null when the owner was. */
    public Path file() {
        return file;
    }
}
