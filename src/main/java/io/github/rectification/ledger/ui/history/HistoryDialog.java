package io.github.rectification.ledger.ui.history;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Edit › History: the change history of the selected record in a window of its own. */
public final class HistoryDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final HistoryPanel panel = new HistoryPanel();

    public HistoryDialog(Window owner, String recordTitle, List<HistoryRow> rows) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(lang("history.title", recordTitle));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("historyDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(lang("action.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        panel.setPrefSize(960, 380);
        panel.show(rows);
        dialog.getDialogPane().setContent(panel);
    }

    public HistoryPanel panel() {
        return panel;
    }

    public void show() {
        dialog.show();
    }
}
