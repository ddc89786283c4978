package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.ui.common.DatePickers;
import io.github.rectification.ledger.ui.common.MessageLine;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.ValidationSupport;

/** The frame of a record form: title, message line, labelled fields, Apply and Cancel. */
abstract class FormPane extends BorderPane {
    protected final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private final HBox buttons;
    private final java.util.List<DatePicker> dates = new java.util.ArrayList<>();
    private final RecordFormViewModel<?> viewModel;
    private int row;
    private Runnable afterApply = () -> { };
    private static final java.util.List<KeyCombination> APPLY_KEYS = java.util.List.of(
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));

    FormPane(String title, RecordFormViewModel<?> viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("record-form");
        Label heading = new Label(title);
        heading.getStyleClass().add("form-title");
        message.setId("formMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(viewModel.messageProperty());
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(4, heading, MessageLine.reserve(message));
        top.setPadding(new Insets(10, 12, 4, 12));
        setTop(top);

        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(6, 12, 12, 12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Button apply = new Button(lang("form.apply"));
        apply.setId("applyButton");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.validProperty().not())
                .or(viewModel.writableBinding().not()));
        apply.setOnAction(e -> apply());
        Button cancel = new Button(lang("form.cancel"));
        cancel.setId("cancelButton");
        cancel.disableProperty().bind(viewModel.dirtyProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        buttons = new HBox(8, apply, cancel);
        buttons.setPadding(new Insets(8, 12, 10, 12));
        setBottom(buttons);
        // Ctrl+S and Ctrl+Enter apply the form from any of its fields
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (APPLY_KEYS.stream().anyMatch(k -> k.match(e))) {
                e.consume();
                apply();
            }
        });
        // a record loaded (another one, undo, 撤销修改) shows its stored dates, not text typed before
        viewModel.loadsProperty().addListener(o -> dates.forEach(DatePickers::showValue));
    }

    /** The field that names the record, focused when a new record's form is shown. */
    private TextInputControl nameField;

    /** Marks the field that names the record, and prompts what to write there. */
    protected <T extends TextInputControl> T nameField(T field, String prompt) {
        nameField = field;
        field.setPromptText(prompt);
        return field;
    }

    /** Puts the cursor in the field that names the record: a new record starts there, empty. */
    void focusName() {
        if (nameField != null && nameField.isEditable()) {
            nameField.requestFocus();
            nameField.selectAll();
        }
    }

    void setAfterApply(Runnable afterApply) {
        this.afterApply = java.util.Objects.requireNonNull(afterApply);
    }

    /** Applies the fields, with a date typed and not yet confirmed by Enter or leaving its field. */
    private void apply() {
        if (!buttons.isVisible()) {
            return;
        }
        for (DatePicker d : dates) {
            String text = d.getEditor().getText();
            if (text == null || text.isBlank() || DayTexts.parse(text).isPresent()) {
                d.commitValue();
            }
        }
        if (viewModel.apply()) {
            afterApply.run();
        }
    }

    /**
     * For a ledger held by another window: the texts can still be read and copied, but no field
     * changes and there is nothing to apply.
     */
    void setReadOnly(boolean readOnly) {
        for (Node n : grid.getChildren()) {
            for (Node control : n instanceof HBox box ? box.getChildren() : java.util.List.of(n)) {
                if (control instanceof TextInputControl t) {
                    t.setEditable(!readOnly);
                } else if (control instanceof Control c) {
                    c.setMouseTransparent(readOnly);
                    c.setFocusTraversable(!readOnly);
                }
            }
        }
        buttons.setVisible(!readOnly);
        buttons.setManaged(!readOnly);
    }

    /** Adds a labelled field row. */
    protected <N extends Node> N field(String label, N control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Node n : control instanceof HBox box ? box.getChildren() : java.util.List.of(control)) {
            if (n instanceof DatePicker d && dates.contains(d)) {
                DatePickers.watchText(d, text -> viewModel.setUnreadableDate(label, text));
            }
        }
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (control instanceof TextArea) {
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        }
        row++;
        return control;
    }

    /** A row showing how the record is linked to 回头看 rounds, there only for a record that is. */
    protected void followUpRow() {
        Label text = new Label();
        text.setId("followUpLink");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.followUpProperty());
        text.getStyleClass().add("form-link");
        Label l = new Label(lang("field.followup"));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label n : new Label[] {l, text}) {
            n.visibleProperty().bind(viewModel.followUpProperty().isNotEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        grid.add(l, 0, row);
        grid.add(text, 1, row);
        row++;
    }

    /** Offers the ledger's own values of {@code field} while the user types (type-ahead). */
    protected static void suggest(TextField text, RecordFormViewModel<?> vm,
            SuggestedField field) {
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(text,
                request -> vm.suggestions().matching(field, request.getUserText()));
    }

    protected static TextField textField(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    protected static TextArea textArea(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    /** A date picker that shows and accepts dates as 2022-03-31 (and 2022/3/31). */
    protected DatePicker datePicker(String id) {
        DatePicker d = DatePickers.iso(id);
        dates.add(d);
        return d;
    }
}
