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
            case NOT_SQLITE -> "不是台账文件(不是 SQLite 数据库)";
            case NOT_A_LEDGER -> "不是台账文件(是其他程序的 SQLite 数据库)";
            case NEWER_SCHEMA -> "由更新版本的整改台账创建,请升级本程序后再打开";
            case UNREADABLE -> "无法读取或创建";
            case DAMAGED -> "文件已损坏,为保护数据不会写入;请从备份恢复";
        };
        return file + ": " + what + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
