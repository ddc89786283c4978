package io.github.rectification.ledger.ui.conflicts;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.Buttons;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.ScreenFit;
import io.github.rectification.ledger.ui.common.TextColumns;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 处理冲突: the open conflicts side by side (sent, office, department), decided from the keyboard —
 * 1 takes the department's value, 2 keeps the office's, 3 sets another — or all of a department at
 * once; Ctrl+Z and Ctrl+Y undo and redo a decision.
 */
public final class ConflictsWindow {
    private final Stage stage = new Stage();
    private final ConflictsViewModel vm;
    private final DialogService dialogs;
    private final TableView<ConflictsViewModel.Row> table = new TableView<>();

    public ConflictsWindow(Window owner, ConflictsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        table.setId("conflictsTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(lang("conflicts.none")));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.measure"), 260, ConflictsViewModel.Row::measure));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.field"), 90, ConflictsViewModel.Row::field));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.base"), 150, ConflictsViewModel.Row::base));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.ledger"), 150, ConflictsViewModel.Row::ledger));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.workbook"), 150, ConflictsViewModel.Row::workbook));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.department"), 100,
                ConflictsViewModel.Row::department));
        table.getColumns().add(TextColumns.of(lang("conflicts.column.file"), 160, ConflictsViewModel.Row::fileName));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> takeWorkbook();
                case DIGIT2, NUMPAD2 -> keepLedger();
                case DIGIT3, NUMPAD3, F2 -> setValue();
                default -> {
                    return;
                }
            }
            e.consume();
        });

        Button workbook = Buttons.of("conflictTakeWorkbook", lang("conflicts.take.workbook"), this::takeWorkbook);
        Button ledger = Buttons.of("conflictKeepLedger", lang("conflicts.keep.ledger"), this::keepLedger);
        Button edit = Buttons.of("conflictSetValue", lang("conflicts.set.value"), this::setValue);
        for (Button b : new Button[] {workbook, ledger, edit}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        MenuButton all = new MenuButton(lang("conflicts.take.all"));
        all.setId("conflictTakeAll");
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setOnShowing(e -> {
            all.getItems().clear();
            for (String d : vm.departments()) {
                MenuItem item = new MenuItem(d);
                item.setOnAction(a -> done(vm.takeAllOf(d)));
                all.getItems().add(item);
            }
        });
        all.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        Label message = new Label();
        message.setId("conflictsMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, workbook, ledger, edit, all, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        Label hint = new Label(lang("conflicts.hint"));
        hint.setWrapText(true);
        hint.setPadding(new Insets(6, 8, 2, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(hint);
        root.setBottom(bar);
        ScreenFit.window(stage, owner, Modality.NONE, lang("conflicts.title"), root, 1080, 520);
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                vm::undo);
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                vm::redo);
        vm.rows().addListener((javafx.collections.ListChangeListener<ConflictsViewModel.Row>) c -> {
            if (table.getSelectionModel().isEmpty() && !vm.rows().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        if (!vm.rows().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private void takeWorkbook() {
        ConflictsViewModel.Row r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            done(vm.takeWorkbook(r));
        }
    }

    private void keepLedger() {
        ConflictsViewModel.Row r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            done(vm.keepLedger(r));
        }
    }

    private void setValue() {
        ConflictsViewModel.Row r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            dialogs.askText(lang("conflicts.set.value.title", r.field()), lang("conflicts.set.value.prompt", r.field(),
                    r.ledger(), r.workbook())).ifPresent(text -> done(vm.setValue(r, text)));
        }
    }

    /** After a decision the next conflict is selected, so the keyboard goes on down the list. */
    private void done(String refused) {
        if (refused == null) {
            table.requestFocus();
            if (!vm.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        }
    }

    public void show() {
        stage.show();
        table.requestFocus();
    }

    public Stage stage() {
        return stage;
    }
}
