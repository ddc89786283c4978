package io.github.rectification.ledger.ui.evidence;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.DialogService.FileDialogConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Below a measure's form: its evidence (佐证材料) — files dropped on it or chosen are attached, one
 * undoable step — and its close-out (销号) with the steps the rules allow.
 */
public final class EvidencePane extends TitledPane {
    private final EvidenceViewModel vm;
    private final DialogService dialogs;
    private final TableView<EvidenceRow> table = new TableView<>();
    private final Runnable afterCloseOut;

    public EvidencePane(EvidenceViewModel vm, DialogService dialogs, Runnable afterCloseOut) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.afterCloseOut = afterCloseOut;
        // folded by default, so that the measure's form keeps its room; its title says what it holds
        textProperty().bind(vm.titleProperty());
        setId("evidencePane");
        setCollapsible(true);
        setExpanded(false);
        table.setId("evidenceTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(lang("evidence.none")));
        table.setPrefHeight(110);
        table.getColumns().add(column(lang("evidence.column.name"), EvidenceRow::name, 260));
        table.getColumns().add(column(lang("evidence.column.size"), EvidenceRow::size, 80));
        table.getColumns().add(column(lang("evidence.column.added"), EvidenceRow::added, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button add = button("evidenceAdd", lang("evidence.add"), this::choose);
        Button remove = button("evidenceRemove", lang("evidence.remove"), () -> selected().ifPresent(vm::remove));
        Button save = button("evidenceSave", lang("evidence.save"), this::saveCopy);
        add.disableProperty().bind(vm.writableProperty().not());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.writableProperty().not()));
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        Label state = new Label();
        state.setId("closeOutState");
        state.setWrapText(true);
        state.textProperty().bind(vm.closeOutTextProperty());
        Button request = button("closeOutRequest", lang("closeout.request"), this::request);
        Button approve = button("closeOutApprove", lang("closeout.approve"), this::approve);
        Button reject = button("closeOutReject", lang("closeout.reject"), this::reject);
        request.disableProperty().bind(vm.canRequestProperty().not());
        approve.disableProperty().bind(vm.canDecideProperty().not());
        reject.disableProperty().bind(vm.canDecideProperty().not());

        Label hint = new Label(lang("evidence.drop"));
        hint.getStyleClass().add("form-hint");
        VBox box = new VBox(6, table, new HBox(6, add, remove, save, hint), state, new HBox(6, request, approve, reject));
        box.setPadding(new Insets(6));
        setContent(box);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    private static TableColumn<EvidenceRow, String> column(String title, java.util.function.Function<EvidenceRow, String> f,
            double width) {
        TableColumn<EvidenceRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Files dropped on the pane: the window's drop, and a test's. */
    public void drop(List<Path> files) {
        vm.attach(files).ifPresent(msg -> dialogs.showError(msg, null));
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && vm.writableProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            drop(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    private Optional<EvidenceRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void choose() {
        dialogs.showOpenDialog(new FileDialogConfig(lang("evidence.add"), null, lang("evidence.filter"), List.of("*.*"),
                null)).ifPresent(p -> drop(List.of(p)));
    }

    private void saveCopy() {
        selected().ifPresent(row -> dialogs.showSaveDialog(new FileDialogConfig(lang("evidence.save"), null,
                lang("evidence.filter"), List.of("*.*"), row.name())).ifPresent(target -> {
                    try {
                        vm.saveCopy(row, target);
                    } catch (IOException ex) {
                        dialogs.showError(ex.getMessage(), ex);
                    }
                }));
    }

    private void request() {
        dialogs.askText(lang("closeout.request"), lang("closeout.request.prompt"))
                .ifPresent(note -> outcome(vm.request(note)));
    }

    private void approve() {
        Optional<String> opinion = dialogs.askText(lang("closeout.approve"), lang("closeout.approve.prompt"));
        if (opinion.isEmpty()) {
            return;
        }
        String override = "";
        if (vm.rows().isEmpty()) {
            Optional<String> reason = dialogs.askText(lang("closeout.approve"), lang("closeout.override.prompt"));
            if (reason.isEmpty()) {
                return;
            }
            override = reason.get();
        }
        outcome(vm.approve(opinion.get(), override));
    }

    private void reject() {
        dialogs.askText(lang("closeout.reject"), lang("closeout.reject.prompt")).ifPresent(r -> outcome(vm.reject(r)));
    }

    private void outcome(Optional<String> refused) {
        refused.ifPresentOrElse(msg -> dialogs.showError(msg, null), afterCloseOut);
    }
}
