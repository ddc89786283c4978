package io.github.rectification.ledger.store;

import java.nio.file.Path;

/** A write to a ledger that was opened read-only, because another window or program holds it for writing. */
public final class ReadOnlyLedgerException extends IllegalStateException {
    private final Path file;

    public ReadOnlyLedgerException(Path file) {
        super(file + ": 台账以只读方式打开(另一个窗口或程序正在编辑它),不能修改");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
