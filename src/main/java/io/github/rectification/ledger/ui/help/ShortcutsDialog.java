package io.github.rectification.ledger.ui.help;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help › Keyboard shortcuts: each shortcut beside what it does, in two columns. */
public final class ShortcutsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ShortcutsDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(lang("menu.help.shortcuts"));
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(lang("action.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        // one line per shortcut: the keys, a tab, what they do
        String[] lines = lang("help.shortcuts.text").split("\n");
        int rows = (lines.length + 1) / 2;
        for (int i = 0; i < lines.length; i++) {
            String[] parts = lines[i].split("\t", 2);
            Label keys = new Label(parts[0]);
            keys.getStyleClass().add("shortcut-keys");
            Label what = new Label(parts.length > 1 ? parts[1] : "");
            int column = i < rows ? 0 : 3;
            grid.add(keys, column, i % rows);
            grid.add(what, column + 1, i % rows);
        }
        // a gap between the two halves
        grid.add(new Label(), 2, 0);
        grid.getColumnConstraints().setAll(column(), column(), gap(), column(), column());
        dialog.getDialogPane().setContent(grid);
    }

    private static ColumnConstraints column() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints gap() {
        return new ColumnConstraints(24);
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
