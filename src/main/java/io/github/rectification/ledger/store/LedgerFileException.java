package io.github.rectification.ledger.store;

import java.nio.file.Path;

/** A file that cannot be opened as a ledger; nothing was written to it. */
public final class LedgerFileException extends Exception {

    public enum Reason {
        /** Not an SQLite database at all. */
        NOT_SQLITE,
        /** An SQLite database of some other program. */
        NOT_A_LEDGER,
        /** Made by a newer version of this application. */
        NEWER_SCHEMA,
        /** Could not be read or created. */
        UNREADABLE,
        /** Fails SQLite's integrity check ({@code PRAGMA quick_check}); it is never written to. */
        DAMAGED
    }

    private final Path file;
    private final Reason reason;

    public LedgerFileException(Path file, Reason reason, String detail, Throwable cause) {
        super(message(file, reason, detail), cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    private static String message(Path file, Reason reason, String detail) {
        String what = switch (reason) {
            case NOT_SQLITE -> Messages.TEXTS.text("file.notSqlite");
            case NOT_A_LEDGER -> Messages.TEXTS.text("file.notALedger");
            case NEWER_SCHEMA -> Messages.TEXTS.text("file.newerSchema");
            case UNREADABLE -> Messages.TEXTS.text("file.unreadable");
            case DAMAGED -> Messages.TEXTS.text("file.damaged");
        };
        return detail == null || detail.isEmpty() ? Messages.TEXTS.text("file.refused", file, what)
                : Messages.TEXTS.text("file.refusedWithDetail", file, what, detail);
    }
}
