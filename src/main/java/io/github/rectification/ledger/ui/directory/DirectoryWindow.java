package io.github.rectification.ledger.ui.directory;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.ScreenFit;
import io.github.rectification.ledger.ui.common.TextColumns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 机构名录: the departments with their aliases, contact and e-mail, edited in their cells; below, the
 * names that look alike, each merged into the other only when the user asks and confirms.
 */
public final class DirectoryWindow {
    private final Stage stage = new Stage();
    private final DirectoryViewModel vm;
    private final DialogService dialogs;
    private final TableView<Department> table = new TableView<>();
    private final ListView<AlikeNames> alike = new ListView<>();

    public DirectoryWindow(Window owner, DirectoryViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        table.setId("directoryTable");
        table.setItems(vm.departments());
        table.setEditable(true);
        table.setPlaceholder(new Label(lang("directory.none")));
        table.getColumns().add(TextColumns.of(lang("directory.column.name"), 180, Department::name));
        table.getColumns().add(editable("directoryAliases", lang("directory.column.aliases"), 240,
                d -> NameLists.join(d.aliases()), (d, v) -> vm.update(d, v, d.contact(), d.email())));
        table.getColumns().add(editable("directoryContact", lang("directory.column.contact"), 140,
                Department::contact, (d, v) -> vm.update(d, NameLists.join(d.aliases()), v, d.email())));
        table.getColumns().add(editable("directoryEmail", lang("directory.column.email"), 200,
                Department::email, (d, v) -> vm.update(d, NameLists.join(d.aliases()), d.contact(), v)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        alike.setId("directoryAlike");
        alike.setItems(vm.suggestions());
        alike.setPlaceholder(new Label(lang("directory.alike.none")));
        alike.setPrefHeight(120);
        alike.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlikeNames s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null
                        : lang("directory.alike.item", s.name(), s.measures(), s.other(), s.otherMeasures()));
            }
        });
        Button merge = new Button(lang("directory.merge"));
        merge.setId("directoryMerge");
        merge.disableProperty().bind(alike.getSelectionModel().selectedItemProperty().isNull());
        merge.setOnAction(e -> mergeSelected());
        Label message = new Label();
        message.setId("directoryMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox actions = new HBox(8, merge, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox bottom = new VBox(4, new Label(lang("directory.alike")), alike, actions);
        bottom.setPadding(new Insets(6, 8, 8, 8));
        Label hint = new Label(lang("directory.hint"));
        hint.setWrapText(true);
        hint.setPadding(new Insets(6, 8, 2, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(hint);
        root.setBottom(bottom);
        ScreenFit.window(stage, owner, Modality.NONE, lang("directory.title"), root, 860, 560);
    }

    /** Merges the selected pair: the name with more measures keeps its place, the other becomes its alias. */
    private void mergeSelected() {
        AlikeNames s = alike.getSelectionModel().getSelectedItem();
        if (s == null) {
            return;
        }
        String keep = s.keep();
        String other = s.merged();
        if (dialogs.showConfirmation(lang("directory.merge.title"), lang("directory.merge.message", other, keep),
                lang("directory.merge"))) {
            vm.merge(keep, other);
        }
    }

    private static TableColumn<Department, String> editable(String id, String title, double width,
            java.util.function.Function<Department, String> text,
            java.util.function.BiFunction<Department, String, String> write) {
        TableColumn<Department, String> c = TextColumns.of(title, width, text);
        c.setId(id);
        c.setEditable(true);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> write.apply(e.getRowValue(), e.getNewValue()));
        return c;
    }

    public void show() {
        vm.load();
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
