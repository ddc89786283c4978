package io.github.rectification.ledger.ui.backup;

import io.github.rectification.ledger.domain.LedgerFigures;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup of the open ledger as the restore dialog lists it: its file, when it was made, why (in
 * words), and its figures, or the reason they could not be read ({@code figures} then null).
 */
public record BackupRow(Path file, LocalDateTime made, String kind, LedgerFigures figures, String problem) {
    /** True when the backup could be read: it may be restored. */
    public boolean readable() {
        return figures != null;
    }
}
