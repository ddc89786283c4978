package io.github.rectification.ledger.ui.registers;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.RegisterRecord;
import io.github.rectification.ledger.ui.common.DatePickers;
import io.github.rectification.ledger.ui.common.MessageLine;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * A register tab: the table of records on the left, the selected record's fields on the right,
 * with add, apply, discard and delete. Ids of the controls start with {@code prefix}. The table's
 * columns are the register's own ({@link RegisterViewModel#columns()}); each register's view adds the
 * fields of its form.
 *
 * @param <T> the record type
 */
abstract class RegisterView<T extends RegisterRecord> extends BorderPane {
    protected final ValidationSupport validation = new ValidationSupport();
    protected final TableView<T> table = new TableView<>();
    private final GridPane grid = new GridPane();
    private final String prefix;
    private final RegisterViewModel<T> vm;
    private int row;
    private TextField nameField;

    RegisterView(String prefix, String title, RegisterViewModel<T> vm) {
        this.prefix = prefix;
        this.vm = vm;
        getStyleClass().add("register-view");
        table.setId(prefix + "Table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(lang("register.empty")));
        vm.columns().forEach(this::column);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });

        Label heading = new Label(title);
        heading.getStyleClass().add("form-title");
        Label message = new Label();
        message.getStyleClass().add("form-message");
        message.textProperty().bind(vm.messageProperty());
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        // a ledger held by another window shows its records without offering changes
        grid.disableProperty().bind(vm.selectedProperty().isNull().or(vm.writableBinding().not()));

        // a new record starts in its empty name field, which prompts for the name
        Button add = button("Add", lang("register.add"), () -> {
            vm.add();
            if (nameField != null) {
                nameField.requestFocus();
            }
        });
        add.disableProperty().bind(vm.writableBinding().not());
        Button apply = button("Apply", lang("form.apply"), vm::apply);
        apply.disableProperty().bind(vm.dirtyProperty().not().or(vm.validProperty().not())
                .or(vm.writableBinding().not()));
        Button cancel = button("Cancel", lang("form.cancel"), vm::cancel);
        cancel.disableProperty().bind(vm.dirtyProperty().not());
        Button delete = button("Delete", lang("action.delete"), vm::delete);
        delete.disableProperty().bind(vm.selectedProperty().isNull().or(vm.writableBinding().not()));
        HBox buttons = new HBox(8, add, apply, cancel, delete);

        VBox side = new VBox(10, heading, MessageLine.reserve(message), grid, buttons);
        side.setPadding(new Insets(10, 12, 10, 12));
        side.setMinWidth(360);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.6);
        setCenter(split);
    }

    private Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(prefix + id);
        b.setOnAction(e -> action.run());
        return b;
    }

    protected <N extends Node> N field(String label, N control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        row++;
        return control;
    }

    /** The field that names a record: a new record's cursor starts there. */
    protected void nameField(TextField field) {
        nameField = field;
    }

    protected TextField textField(String id) {
        TextField f = new TextField();
        f.setId(prefix + id);
        return f;
    }

    /**
     * A date field named {@code label}: text that names no date is marked and keeps the record from
     * being applied; another record shown puts the field's text back to its date.
     */
    protected DatePicker datePicker(String id, String label) {
        DatePicker d = DatePickers.iso(prefix + id);
        DatePickers.watchText(d, text -> vm.setUnreadableDate(label, text));
        vm.shownProperty().addListener(o -> DatePickers.showValue(d));
        return d;
    }

    protected ComboBox<ProblemChoice> problemBox(String id, RegisterViewModel<T> vm) {
        ComboBox<ProblemChoice> box = new ComboBox<>(vm.problems());
        box.setId(prefix + id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void column(RegisterColumn<T> column) {
        TableColumn<T, String> c = new TableColumn<>(column.title());
        c.setPrefWidth(column.width());
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(column.text().apply(vm, cd.getValue())));
        table.getColumns().add(c);
    }
}
