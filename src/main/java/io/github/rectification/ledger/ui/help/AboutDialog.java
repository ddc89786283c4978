package io.github.rectification.ledger.ui.help;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Help › About: version, licence, and the folders where the application keeps data, logs and backups. */
public final class AboutDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public AboutDialog(Window owner, AboutViewModel vm) {
        dialog.initOwner(owner);
        dialog.setTitle(lang("about.title"));
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(lang("action.close"),
                ButtonBar.ButtonData.OK_DONE));
        var icon = io.github.rectification.ledger.ui.common.AppIcons.all();
        if (!icon.isEmpty()) {
            ImageView view = new ImageView(icon.get(icon.size() - 1));
            view.setFitWidth(64);
            view.setFitHeight(64);
            dialog.setGraphic(view);
        }
        dialog.setHeaderText(lang("app.title") + "  " + vm.version());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int r = 0;
        grid.addRow(r++, new Label(lang("about.version")), value("aboutVersion", vm.version()));
        grid.addRow(r++, new Label(lang("about.licence")), value("aboutLicence", vm.licence()));
        grid.addRow(r++, new Label(lang("about.data")), value("aboutData", vm.dataFolder().toString()));
        grid.addRow(r++, new Label(lang("about.log")), value("aboutLog", vm.logFile().toString()));
        if (vm.ledgerFile().isPresent()) {
            grid.addRow(r++, new Label(lang("about.ledger")), value("aboutLedger", vm.ledgerFile().get().toString()));
            grid.addRow(r, new Label(lang("about.backups")),
                    value("aboutBackups", vm.backupsFolder().orElseThrow().toString()));
        }
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), values);
        dialog.getDialogPane().setContent(grid);
        dialog.setResizable(true);
    }

    /** A read-only field, so a path can be selected and copied. */
    private static TextField value(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setEditable(false);
        f.setPrefColumnCount(42);
        // a long path shows its end, the file's name; the whole of it in the tooltip
        f.end();
        f.setTooltip(new Tooltip(text));
        return f;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
