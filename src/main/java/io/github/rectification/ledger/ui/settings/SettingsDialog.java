package io.github.rectification.ledger.ui.settings;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.ui.common.DialogButtons;
import java.util.Optional;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings: the user name the change history records, the language (from the next start), and for
 * the open ledger its counting rule (basis, long-term measures, done when 已完成 or only when
 * 已销号), deadline warning bands and the CJK font file for PDF.
 * Invalid numbers are named and nothing is saved (see {@link SettingsViewModel}).
 */
public final class SettingsDialog {
    private final SettingsViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType save = new ButtonType(lang("action.save"), ButtonBar.ButtonData.OK_DONE);

    final TextField userName = field("settingsUserName");
    final ChoiceBox<String> language = new ChoiceBox<>();
    final ChoiceBox<CountingRule.Basis> basis = new ChoiceBox<>();
    final CheckBox longTermDone = new CheckBox(lang("settings.counting.long.term"));
    final ChoiceBox<CountingRule.DoneWhen> doneWhen = new ChoiceBox<>();
    final CheckBox completedOnImport = new CheckBox(lang("settings.import.completed.on"));
    final TextField dueSoon = field("settingsDueSoon");
    final TextField upcoming = field("settingsUpcoming");
    final TextField font = field("settingsFont");
    final Label error = new Label();

    /** Without a ledger open, only the user's own settings show. */
    public SettingsDialog(Window owner, SettingsViewModel vm) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle(lang("settings.title"));
        dialog.getDialogPane().getButtonTypes().setAll(save,
                DialogButtons.cancel());
        dialog.getDialogPane().setId("settingsDialog");

        language.setId("settingsLanguage");
        language.getItems().setAll("zh", "en");
        language.setConverter(converter(code -> "en".equals(code) ? lang("settings.language.en")
                : lang("settings.language.zh")));
        basis.setId("settingsCountingBasis");
        basis.getItems().setAll(CountingRule.Basis.values());
        basis.setConverter(converter(b -> b == CountingRule.Basis.MEASURES
                ? lang("settings.counting.measures") : lang("settings.counting.problems")));
        longTermDone.setId("settingsLongTermDone");
        doneWhen.setId("settingsDoneWhen");
        doneWhen.getItems().setAll(CountingRule.DoneWhen.values());
        doneWhen.setConverter(converter(d -> d == CountingRule.DoneWhen.CLOSED
                ? lang("settings.counting.done.when.closed") : lang("settings.counting.done.when.status")));
        completedOnImport.setId("settingsCompletedOnImport");
        completedOnImport.setWrapText(true);
        completedOnImport.setMaxWidth(420);
        error.setId("settingsError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        // labels to the right, as in the record forms
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints());
        int r = 0;
        grid.addRow(r++, new Label(lang("settings.user.name")), userName);
        grid.addRow(r++, new Label(lang("settings.language")), language);
        grid.add(new Label(lang("settings.language.note")), 1, r++);
        if (vm.hasLedger()) {
            Label section = new Label(lang("settings.ledger", vm.ledgerName()));
            section.setId("settingsLedgerSection");
            section.setStyle("-fx-font-weight: bold; -fx-padding: 10 0 0 0;");
            GridPane.setHalignment(section, HPos.LEFT);
            grid.add(section, 0, r++, 2, 1);
            grid.addRow(r++, new Label(lang("settings.counting")), basis);
            grid.add(longTermDone, 1, r++);
            grid.addRow(r++, new Label(lang("settings.counting.done.when")), doneWhen);
            grid.addRow(r++, new Label(lang("settings.warning.due.soon")), dueSoon);
            grid.addRow(r++, new Label(lang("settings.warning.upcoming")), upcoming);
            grid.addRow(r++, new Label(lang("settings.import")), completedOnImport);
            Button browse = new Button(lang("settings.font.browse"));
            browse.setId("settingsFontBrowse");
            browse.setOnAction(e -> chooseFont(owner));
            HBox fontRow = new HBox(6, font, browse);
            HBox.setHgrow(font, Priority.ALWAYS);
            grid.addRow(r++, new Label(lang("settings.font")), fontRow);
        }
        GridPane.setHalignment(error, HPos.LEFT);
        grid.add(error, 0, r, 2, 1);
        dialog.getDialogPane().setContent(grid);
        load();
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!apply()) {
                e.consume();
            }
        });
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void load() {
        userName.textProperty().bindBidirectional(vm.userNameProperty());
        userName.setPromptText(System.getProperty("user.name"));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        error.textProperty().bind(vm.errorProperty());
        if (vm.hasLedger()) {
            basis.valueProperty().bindBidirectional(vm.basisProperty());
            longTermDone.selectedProperty().bindBidirectional(vm.longTermDoneProperty());
            doneWhen.valueProperty().bindBidirectional(vm.doneWhenProperty());
            completedOnImport.selectedProperty().bindBidirectional(vm.completedOnImportProperty());
            dueSoon.textProperty().bindBidirectional(vm.dueSoonProperty());
            upcoming.textProperty().bindBidirectional(vm.upcomingProperty());
            font.textProperty().bindBidirectional(vm.fontProperty());
            boolean writable = vm.ledgerWritable();
            basis.setDisable(!writable);
            longTermDone.setDisable(!writable);
            doneWhen.setDisable(!writable);
            completedOnImport.setDisable(!writable);
            dueSoon.setDisable(!writable);
            upcoming.setDisable(!writable);
            font.setDisable(!writable);
        }
    }

    private void chooseFont(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(lang("settings.font"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("settings.font.filter"),
                "*.ttf", "*.ttc", "*.otf"));
        java.io.File f = chooser.showOpenDialog(owner);
        if (f != null) {
            font.setText(f.getAbsolutePath());
        }
    }

    /** Saves what the dialog shows; false (with the reason shown) when a value is invalid. */
    boolean apply() {
        return vm.save();
    }

    /** Shows the dialog; true when the user saved. */
    public boolean showAndWait() {
        Optional<ButtonType> result = dialog.showAndWait();
        return result.filter(save::equals).isPresent();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
