package io.github.rectification.ledger.ui.returns;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.Buttons;
import io.github.rectification.ledger.ui.common.DialogButtons;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.ScreenFit;
import io.github.rectification.ledger.ui.common.TextColumns;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 报送情况: the round chosen above, its departments in the table (late ones in red), the reminder of
 * the part selected beside it, and the reminders of every late part written as e-mail drafts or Word
 * documents into a folder; 催报模板… edits the office's template.
 */
public final class ReturnsRegisterWindow {
    private final Stage stage = new Stage();
    private final ReturnsRegisterViewModel vm;
    private final DialogService dialogs;
    private final Supplier<Path> folder;
    private final TableView<ReturnsRegisterViewModel.Row> table = new TableView<>();

    /** {@code folder}: where the folder chooser starts. */
    public ReturnsRegisterWindow(Window owner, ReturnsRegisterViewModel vm, DialogService dialogs, boolean writable,
            Supplier<Path> folder) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.folder = folder;

        ComboBox<ReturnsRegisterViewModel.RoundChoice> rounds = new ComboBox<>(vm.rounds());
        rounds.setId("returnsRegisterRound");
        rounds.valueProperty().bindBidirectional(vm.roundProperty());
        Label summary = new Label();
        summary.setId("returnsRegisterSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(8, new Label(lang("returnsRegister.round.label")), rounds, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        table.setId("returnsRegisterTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(lang("returnsRegister.none")));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.department"), 130,
                ReturnsRegisterViewModel.Row::department));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.state"), 80,
                ReturnsRegisterViewModel.Row::state));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.returned"), 95,
                ReturnsRegisterViewModel.Row::returned));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.returns"), 60,
                r -> r.returns() == 0 ? "" : Integer.toString(r.returns())));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.measures"), 60,
                r -> Integer.toString(r.measures())));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.applied"), 70,
                r -> r.returns() == 0 ? "" : Integer.toString(r.applied())));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.conflicts"), 70,
                r -> r.conflicts() == 0 ? "" : Integer.toString(r.conflicts())));
        table.getColumns().add(TextColumns.of(lang("returnsRegister.column.file"), 220,
                ReturnsRegisterViewModel.Row::file));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReturnsRegisterViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("late-row");
                if (!empty && row != null && row.late()) {
                    getStyleClass().add("late-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> table.getSelectionModel().select(now));
        table.getSelectionModel().select(vm.selectedProperty().get());

        TextArea reminder = new TextArea();
        reminder.setId("reminderText");
        reminder.setEditable(false);
        reminder.setWrapText(true);
        reminder.textProperty().bind(vm.reminderTextProperty());
        Button copy = Buttons.of("reminderCopy", lang("returnsRegister.copy"), () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.reminderTextProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().outstanding(),
                vm.selectedProperty()));
        Button template = Buttons.of("reminderTemplate", lang("returnsRegister.template"), () -> editTemplate(owner));
        template.setDisable(!writable);
        HBox reminderButtons = new HBox(6, copy, template);
        Label reminderTitle = new Label(lang("returnsRegister.reminder"));
        VBox side = new VBox(6, reminderTitle, reminder, reminderButtons);
        VBox.setVgrow(reminder, Priority.ALWAYS);
        side.setPadding(new Insets(0, 0, 0, 6));
        SplitPane center = new SplitPane(table, side);
        center.setDividerPositions(0.6);

        Button eml = Buttons.of("reminderEml", lang("returnsRegister.write.eml"), () -> write(true));
        Button docx = Buttons.of("reminderDocx", lang("returnsRegister.write.docx"), () -> write(false));
        for (Button b : new Button[] {eml, docx}) {
            b.disableProperty().bind(vm.writingProperty().or(Bindings.createBooleanBinding(
                    () -> vm.lateRows().isEmpty(), vm.rows())));
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label message = new Label();
        message.setId("returnsRegisterMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bottom = new HBox(8, eml, docx, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8));

        BorderPane root = new BorderPane(center);
        root.setTop(top);
        root.setBottom(bottom);
        BorderPane.setMargin(center, new Insets(0, 8, 0, 8));
        ScreenFit.window(stage, owner, Modality.NONE, lang("returnsRegister.title"), root, 1100, 560);
    }

    private void write(boolean eml) {
        dialogs.showDirectoryDialog(lang("returnsRegister.choose.folder"), folder.get())
                .ifPresent(dir -> vm.writeReminders(dir, eml));
    }

    /** 催报模板…: the office's template with its placeholders named; saving it shows the reminder again. */
    private void editTemplate(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(lang("returnsRegister.template.title"));
        ButtonType save = new ButtonType(lang("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, DialogButtons.cancel());
        dialog.getDialogPane().setId("reminderTemplateDialog");
        TextArea text = new TextArea(vm.template());
        text.setId("reminderTemplateText");
        text.setWrapText(true);
        text.setPrefSize(620, 300);
        Label hint = new Label(lang("returnsRegister.template.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(620);
        dialog.getDialogPane().setContent(new VBox(8, hint, text));
        dialog.showAndWait().filter(save::equals).ifPresent(b -> vm.saveTemplate(text.getText()));
    }

    public void show() {
        stage.show();
        table.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public ReturnsRegisterViewModel viewModel() {
        return vm;
    }
}
