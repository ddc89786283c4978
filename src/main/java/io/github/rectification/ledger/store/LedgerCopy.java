package io.github.rectification.ledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a consistent copy of an open ledger to another file (SQLite {@code VACUUM INTO}). */
final class LedgerCopy {
    private LedgerCopy() {
    }

    static void copy(Database db, Path target) {
        Path abs = target.toAbsolutePath();
        if (abs.equals(db.file())) {
            throw new IllegalArgumentException(Messages.TEXTS.text("copy.toItself", abs));
        }
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // VACUUM INTO refuses an existing file; the caller has confirmed the overwrite
            Files.deleteIfExists(abs);
        } catch (IOException e) {
            throw new StoreException(Messages.TEXTS.text("copy.unwritable", abs, e.getMessage()), e);
        }
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, abs.toString());
                ps.execute();
            } catch (SQLException e) {
                throw new SQLException(Messages.TEXTS.text("copy.failed", abs, e.getMessage()), e);
            }
            return null;
        });
    }
}
