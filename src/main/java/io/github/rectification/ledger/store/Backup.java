package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file of a ledger: a complete, self-contained ledger file. */
public record Backup(Path file, BackupKind kind, LocalDateTime made) {
}
