package io.github.rectification.ledger.ui.tree;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.ui.common.DatePickers;
import io.github.rectification.ledger.ui.common.DialogButtons;
import io.github.rectification.ledger.ui.common.FormGrid;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a 回头看 round: its name, inspection group and feedback date, the suggestion filled in. */
final class FollowUpDialog {
    private FollowUpDialog() {
    }

    /** {@code owner}: the main window, which the dialog stays in front of; null for none. */
    static Optional<TreeActions.FollowUpAnswer> ask(Window owner, Inspection draft) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(lang("followup.title"));
        dialog.setHeaderText(lang("followup.header"));
        ButtonType start = new ButtonType(lang("followup.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start, DialogButtons.cancel());
        dialog.getDialogPane().setId("followUpDialog");
        TextField name = new TextField(draft.name());
        name.setId("followUpName");
        name.setPrefColumnCount(30);
        TextField group = new TextField(draft.inspectionGroup());
        group.setId("followUpGroup");
        DatePicker feedback = DatePickers.iso("followUpFeedback");
        GridPane grid = FormGrid.create();
        grid.addRow(0, new Label(lang("followup.name")), name);
        grid.addRow(1, new Label(lang("followup.group")), group);
        grid.addRow(2, new Label(lang("followup.feedback")), feedback);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(start).disableProperty().bind(name.textProperty().isEmpty());
        name.requestFocus();
        return dialog.showAndWait().filter(start::equals)
                .map(b -> new TreeActions.FollowUpAnswer(name.getText(), group.getText(), feedback.getValue()));
    }
}
