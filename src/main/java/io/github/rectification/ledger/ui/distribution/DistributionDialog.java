package io.github.rectification.ledger.ui.distribution;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.ui.common.DatePickers;
import io.github.rectification.ledger.ui.common.DialogButtons;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.FormGrid;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * File › 下发: the inspections to send, to lead departments or leaders, the 报送截止日期, whom to return
 * to, e-mail drafts, and the folder; 下发 writes the round in the background and says what it wrote.
 */
public final class DistributionDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType send = new ButtonType(lang("distribution.send"), ButtonBar.ButtonData.OK_DONE);
    private final DistributionViewModel vm;
    private final DialogService dialogs;
    private final Label error = new Label();

    public DistributionDialog(Window owner, DistributionViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        dialog.initOwner(owner);
        dialog.setTitle(lang("distribution.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("distributionDialog");
        dialog.getDialogPane().getButtonTypes().setAll(send, DialogButtons.cancel());

        ListView<DistributionViewModel.Choice> inspections = new ListView<>(vm.inspections());
        inspections.setId("distributionInspections");
        inspections.setCellFactory(CheckBoxListCell.forListView(DistributionViewModel.Choice::chosenProperty));
        inspections.setPrefHeight(110);
        inspections.setPlaceholder(new Label(lang("distribution.no.inspections")));

        ToggleGroup whom = new ToggleGroup();
        RadioButton byDepartment = new RadioButton(lang("distribution.by.department"));
        byDepartment.setId("distributionByDepartment");
        RadioButton byLeader = new RadioButton(lang("distribution.by.leader"));
        byLeader.setId("distributionByLeader");
        byDepartment.setToggleGroup(whom);
        byLeader.setToggleGroup(whom);
        (vm.byProperty().get() == Distributor.By.LEADER ? byLeader : byDepartment).setSelected(true);
        whom.selectedToggleProperty().addListener((obs, old, now) ->
                vm.byProperty().set(now == byLeader ? Distributor.By.LEADER : Distributor.By.DEPARTMENT));

        DatePicker due = DatePickers.iso("distributionDue");
        due.valueProperty().bindBidirectional(vm.dueProperty());
        DatePickers.watchText(due, vm::setUnreadableDue);
        TextField returnTo = new TextField();
        returnTo.setId("distributionReturnTo");
        returnTo.setPromptText(lang("distribution.return.to.prompt"));
        returnTo.setPrefColumnCount(28);
        returnTo.textProperty().bindBidirectional(vm.returnToProperty());
        CheckBox drafts = new CheckBox(lang("distribution.drafts"));
        drafts.setId("distributionDrafts");
        drafts.selectedProperty().bindBidirectional(vm.draftsProperty());
        TextField folder = new TextField();
        folder.setId("distributionFolder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Button browse = new Button(lang("distribution.folder.browse"));
        browse.setId("distributionBrowse");
        browse.setOnAction(e -> dialogs.showDirectoryDialog(lang("distribution.folder"), null)
                .ifPresent(p -> folder.setText(p.toString())));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        error.setId("distributionProblem");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.problemProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("distributionProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.runningProperty());

        GridPane grid = FormGrid.create();
        int r = 0;
        Label inspectionsLabel = new Label(lang("distribution.inspections"));
        GridPane.setValignment(inspectionsLabel, javafx.geometry.VPos.TOP);
        grid.addRow(r++, inspectionsLabel, inspections);
        grid.addRow(r++, new Label(lang("distribution.by")), new HBox(16, byDepartment, byLeader));
        grid.addRow(r++, new Label(lang("distribution.due")), due);
        grid.addRow(r++, new Label(lang("distribution.return.to")), returnTo);
        grid.addRow(r++, new Label(lang("distribution.folder")), folderRow);
        grid.add(drafts, 1, r++);
        grid.add(new HBox(8, progress, error), 0, r, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
        sendButton.disableProperty().bind(vm.problemProperty().isNotEmpty().or(vm.runningProperty()));
        // 下发 keeps the dialog open while the round is written, and closes it once it is
        sendButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.distribute(this::done, this::failed);
        });
    }

    private void done(DistributionJob.Result result) {
        dialog.setResult(ButtonType.OK);
        dialog.close();
        dialogs.showInformation(lang("distribution.title"), DistributionViewModel.summary(result));
    }

    private void failed(Exception e) {
        dialogs.showError(lang("distribution.failed", e.getMessage() == null ? "" : e.getMessage()), e);
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
