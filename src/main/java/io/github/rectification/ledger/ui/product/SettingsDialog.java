package io.github.rectification.ledger.ui.product;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.importer.CompletionDates;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.DialogButtons;
import io.github.rectification.ledger.ui.common.Localization;
import io.github.rectification.ledger.ui.main.UiPreferences;
import java.nio.file.Path;
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
 * Invalid numbers are named and nothing is saved.
 */
public final class SettingsDialog {
    private final UiPreferences prefs;
    private final LedgerStore store;
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

    /** {@code store} is the open ledger, or null (then only the user's own settings show). */
    public SettingsDialog(Window owner, UiPreferences prefs, LedgerStore store) {
        this.prefs = prefs;
        this.store = store;
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
        if (store != null) {
            Label section = new Label(lang("settings.ledger", store.file().getFileName()));
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
        userName.setText(prefs.userName());
        userName.setPromptText(System.getProperty("user.name"));
        language.setValue(Localization.locale().getLanguage().equals("en") ? "en" : "zh");
        if (store != null) {
            CountingRule rule = store.countingRule();
            basis.setValue(rule.basis());
            longTermDone.setSelected(rule.longTermCountsAsDone());
            doneWhen.setValue(rule.doneWhen());
            completedOnImport.setSelected(CompletionDates.fromImportDate(store));
            WarningBands bands = ReportSettings.warningBands(store);
            dueSoon.setText(Integer.toString(bands.dueSoonDays()));
            upcoming.setText(Integer.toString(bands.upcomingDays()));
            font.setText(ReportSettings.fontFile(store).map(Path::toString).orElse(""));
            boolean writable = !store.readOnly();
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
        WarningBands bands = null;
        if (store != null && !store.readOnly()) {
            try {
                bands = new WarningBands(Integer.parseInt(dueSoon.getText().strip()),
                        Integer.parseInt(upcoming.getText().strip()));
            } catch (NumberFormatException e) {
                error.setText(lang("settings.warning.invalid"));
                return false;
            } catch (IllegalArgumentException e) {
                error.setText(lang("settings.warning.order"));
                return false;
            }
        }
        prefs.storeUserName(userName.getText());
        prefs.node().put(Localization.LANGUAGE_KEY, language.getValue());
        if (store != null) {
            store.setAuthor(prefs.userName());
            if (bands != null) {
                WarningBands chosen = bands;
                String fontText = font.getText().strip();
                store.inTransaction(() -> {
                    store.setCountingRule(new CountingRule(basis.getValue(), longTermDone.isSelected(),
                            doneWhen.getValue()));
                    ReportSettings.setWarningBands(store, chosen);
                    CompletionDates.setFromImportDate(store, completedOnImport.isSelected());
                    ReportSettings.setFontFile(store, fontText.isEmpty() ? null : Path.of(fontText));
                    return null;
                });
            }
        }
        error.setText("");
        return true;
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
