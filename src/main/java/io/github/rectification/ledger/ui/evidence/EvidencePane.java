package io.github.rectification.ledger.ui.evidence;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.Buttons;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.DialogService.FileDialogConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Below a measure's form: its evidence (佐证材料) — files dropped on it or chosen are attached, one
 * undoable step — with the picture of the one selected (double-click or 打开 opens it with the
 * system's program), and its close-out (销号) with the steps the rules allow.
 */
public final class EvidencePane extends TitledPane {
    private final EvidenceViewModel vm;
    private final DialogService dialogs;
    private final TableView<EvidenceRow> table = new TableView<>();
    private final Runnable afterCloseOut;
    private EvidenceRow lastClicked;
    private boolean openedByLast;
    /** The width of the preview beside the list. */
    private static final double PREVIEW_WIDTH = 180;

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

        Button add = Buttons.of("evidenceAdd", lang("evidence.add"), this::choose);
        Button remove = Buttons.of("evidenceRemove", lang("evidence.remove"), () -> selected().ifPresent(vm::remove));
        Button save = Buttons.of("evidenceSave", lang("evidence.save"), this::saveCopy);
        Button open = Buttons.of("evidenceOpen", lang("evidence.open"), this::openSelected);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> vm.select(now));
        table.setRowFactory(t -> {
            TableRow<EvidenceRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                // a double click on one row, not two quick clicks on two rows (the count runs on
                // across rows and buttons where the system does not look at the distance)
                boolean opens = e.getClickCount() >= 2 && !row.isEmpty() && row.getItem() == lastClicked && !openedByLast;
                openedByLast = opens;
                lastClicked = row.getItem();
                if (opens) {
                    openSelected();
                }
            });
            return row;
        });
        add.disableProperty().bind(vm.writableProperty().not());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.writableProperty().not()));
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        Label state = new Label();
        state.setId("closeOutState");
        state.setWrapText(true);
        state.textProperty().bind(vm.closeOutTextProperty());
        Button request = Buttons.of("closeOutRequest", lang("closeout.request"), this::request);
        Button approve = Buttons.of("closeOutApprove", lang("closeout.approve"), this::approve);
        Button reject = Buttons.of("closeOutReject", lang("closeout.reject"), this::reject);
        request.disableProperty().bind(vm.canRequestProperty().not());
        approve.disableProperty().bind(vm.canDecideProperty().not());
        reject.disableProperty().bind(vm.canDecideProperty().not());

        Label hint = new Label(lang("evidence.drop"));
        hint.getStyleClass().add("form-hint");
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, new HBox(8, table, previewBox()), new HBox(6, add, open, remove, save, hint), state,
                new HBox(6, request, approve, reject));
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

    /** Beside the list: the picture of the attachment selected, or what it is when it has none. */
    private VBox previewBox() {
        ImageView picture = new ImageView();
        picture.setId("evidencePreview");
        picture.setPreserveRatio(true);
        picture.setFitWidth(PREVIEW_WIDTH);
        // the picture and its line keep to the list's height, so that nothing moves as pictures come and go
        picture.setFitHeight(table.getPrefHeight() - 40);
        picture.imageProperty().bind(Bindings.createObjectBinding(() -> {
            var image = vm.previewProperty().get();
            return image == null ? null : SwingFXUtils.toFXImage(image, null);
        }, vm.previewProperty()));
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(24, 24);
        reading.visibleProperty().bind(vm.previewingProperty());
        reading.managedProperty().bind(reading.visibleProperty());
        Label text = new Label();
        text.setId("evidencePreviewText");
        text.setWrapText(true);
        text.getStyleClass().add("form-hint");
        text.textProperty().bind(vm.previewTextProperty());
        StackPane framed = new StackPane(picture);
        framed.getStyleClass().add("evidence-preview");
        framed.visibleProperty().bind(picture.imageProperty().isNotNull());
        framed.managedProperty().bind(framed.visibleProperty());
        framed.setMaxWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, framed, reading, text);
        box.setMinSize(PREVIEW_WIDTH, table.getPrefHeight());
        box.setPrefSize(PREVIEW_WIDTH, table.getPrefHeight());
        box.setMaxSize(PREVIEW_WIDTH, table.getPrefHeight());
        return box;
    }

    /** Opens the attachment selected with the system's program for its kind, from a temporary copy. */
    private void openSelected() {
        selected().ifPresent(row -> {
            try {
                if (!dialogs.openWithSystem(vm.openableCopy(row))) {
                    dialogs.showError(lang("evidence.open.failed", row.name()), null);
                }
            } catch (IOException ex) {
                dialogs.showError(lang("evidence.open.failed", row.name()), ex);
            }
        });
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
