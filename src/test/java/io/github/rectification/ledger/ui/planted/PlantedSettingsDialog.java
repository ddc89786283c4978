package io.github.rectification.ledger.ui.planted;

import io.github.rectification.ledger.store.Backup;
import io.github.rectification.ledger.store.LedgerStore;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/**
 * Breaks the views' rule on purpose, for {@code ArchitectureRulesCatchTest}: a dialog that reads the
 * store itself, and a cell nested in it that shows a store type.
 */
public final class PlantedSettingsDialog {
    public Label author(LedgerStore store) {
        return new Label(store.author());
    }

    /** A cell of a list of backups. */
    public static final class BackupCell extends ListCell<Backup> {
        @Override
        protected void updateItem(Backup b, boolean empty) {
            super.updateItem(b, empty);
            setText(empty || b == null ? null : b.file().toString());
        }
    }
}
