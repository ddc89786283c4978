package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.ui.common.TextColumns;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;

/**
 * The preview's list of conflicts: fields the returned workbook changed while the office changed
 * them too, with the value sent, the ledger's and the workbook's side by side. They stay as they
 * are when the import is applied, and are kept in the ledger for a decision.
 */
final class ConflictsTab {
    private ConflictsTab() {
    }

    static Tab of(ImportPlan plan) {
        TableView<ImportPlan.ConflictItem> table = new TableView<>(FXCollections.observableArrayList(plan.conflicts()));
        table.setId("importConflictsTable");
        table.setPlaceholder(new Label(lang("import.conflicts.none")));
        table.getColumns().add(TextColumns.of(lang("import.warning.sheet"), 140, c -> c.sheet()));
        table.getColumns().add(TextColumns.of(lang("import.warning.row"), 50,
                c -> c.row() == null ? "" : c.row().toString()));
        table.getColumns().add(TextColumns.of(lang("import.warning.column"), 50, c -> c.column()));
        table.getColumns().add(TextColumns.of(lang("import.conflict.field"), 110, c -> c.field()));
        table.getColumns().add(TextColumns.of(lang("import.conflict.base"), 180, c -> c.base()));
        table.getColumns().add(TextColumns.of(lang("import.conflict.ledger"), 180, c -> c.ledger()));
        table.getColumns().add(TextColumns.of(lang("import.conflict.workbook"), 180, c -> c.workbook()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Tab t = new Tab(lang("import.tab.conflicts", plan.conflicts().size()), table);
        t.setId("importConflicts");
        return t;
    }
}
