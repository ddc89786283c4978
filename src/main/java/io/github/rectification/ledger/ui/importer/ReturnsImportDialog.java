package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.ScreenFit;
import io.github.rectification.ledger.ui.common.TextColumns;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 导入报送: the returned workbooks of a folder, one line each with its department, what it would
 * change, its conflicts and warnings or why it is refused; 导入 takes them in, 处理冲突 opens the review.
 */
public final class ReturnsImportDialog {
    private final Stage stage = new Stage();
    private final ReturnsImportViewModel vm;

    public ReturnsImportDialog(Window owner, ReturnsImportViewModel vm, Runnable reviewConflicts) {
        this.vm = vm;
        TableView<ReturnsImportViewModel.Item> table = new TableView<>(vm.items());
        table.setId("returnsTable");
        table.setPlaceholder(new Label(lang("returns.empty")));
        table.getColumns().add(TextColumns.of(lang("returns.column.file"), 220, i -> i.file().getFileName().toString()));
        table.getColumns().add(TextColumns.of(lang("returns.column.department"), 110,
                ReturnsImportViewModel.Item::department));
        table.getColumns().add(TextColumns.of(lang("returns.column.added"), 60,
                i -> i.plan() == null ? "" : Integer.toString(i.plan().added())));
        table.getColumns().add(TextColumns.of(lang("returns.column.updated"), 60,
                i -> i.plan() == null ? "" : Integer.toString(i.plan().updated())));
        table.getColumns().add(TextColumns.of(lang("returns.column.conflicts"), 60,
                i -> i.plan() == null ? "" : Integer.toString(i.plan().conflicts().size())));
        table.getColumns().add(TextColumns.of(lang("returns.column.warnings"), 60,
                i -> i.plan() == null ? "" : Integer.toString(i.plan().warnings().size())));
        table.getColumns().add(TextColumns.of(lang("returns.column.state"), 260,
                i -> i.refused() != null ? lang("returns.state.refused", i.refused())
                        : i.applied() ? lang("returns.state.applied") : lang("returns.state.ready")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // a refusal names file, sheet and cell: the whole of it shows over its row
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReturnsImportViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null || item.refused() == null ? null
                        : new javafx.scene.control.Tooltip(item.refused()));
            }
        });

        Button apply = new Button(lang("returns.apply"));
        apply.setId("returnsApply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.runningProperty().or(vm.doneProperty())
                .or(Bindings.createBooleanBinding(() -> vm.items().stream().noneMatch(i -> i.refused() == null),
                        vm.items())));
        apply.setOnAction(e -> vm.apply());
        Button conflicts = new Button(lang("returns.conflicts"));
        conflicts.setId("returnsConflicts");
        conflicts.visibleProperty().bind(vm.doneProperty());
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setOnAction(e -> {
            stage.close();
            reviewConflicts.run();
        });
        Button close = new Button(lang("returns.close"));
        close.setId("returnsClose");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("returnsMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, message, apply, conflicts, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6, 8, 8, 8));
        BorderPane root = new BorderPane(table);
        root.setBottom(bar);
        ScreenFit.window(stage, owner, Modality.WINDOW_MODAL, lang("returns.title"), root, 900, 420);
        // a window that holds an import in progress is not closed under it
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
        vm.preview();
    }

    public Stage stage() {
        return stage;
    }

    public ReturnsImportViewModel viewModel() {
        return vm;
    }
}
