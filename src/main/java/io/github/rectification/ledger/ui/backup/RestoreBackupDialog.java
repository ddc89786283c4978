package io.github.rectification.ledger.ui.backup;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.DialogService;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File › Restore backup: the open ledger's backups, newest first, each with its figures; the
 * chosen one replaces the ledger after a confirmation (the current state is backed up first).
 */
public final class RestoreBackupDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackupsViewModel vm;
    private final DialogService dialogs;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    final TableView<BackupRow> table;
    final Button restore = new Button(lang("backup.restore"));

    public RestoreBackupDialog(Window owner, BackupsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.table = new TableView<>(vm.rows());
        dialog.initOwner(owner);
        dialog.setTitle(lang("backup.title"));
        dialog.getDialogPane().setId("restoreBackupDialog");
        ButtonType close = new ButtonType(lang("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).disableProperty().bind(vm.restoringProperty());
        table.setId("backupTable");
        table.setPlaceholder(new Label(lang("backup.none")));
        table.setPrefSize(760, 320);
        table.getColumns().setAll(List.of(
                column(lang("backup.column.time"), r -> TIME.format(r.made())),
                column(lang("backup.column.kind"), BackupRow::kind),
                column(lang("backup.column.inspections"), r -> figure(r, r.figures() == null ? 0 : r.figures().inspections())),
                column(lang("backup.column.measures"), r -> figure(r, r.figures() == null ? 0 : r.figures().measures())),
                column(lang("backup.column.rate"), r -> r.figures() == null ? text(r) : r.figures().rate().formatted()),
                column(lang("backup.column.overdue"), r -> figure(r, r.figures() == null ? 0 : r.figures().overdue()))));
        // figures to the right, so that their digits line up
        table.getColumns().subList(2, 6).forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        table.getColumns().get(0).setPrefWidth(170);
        table.getColumns().get(1).setPrefWidth(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        restore.setId("backupRestore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.restoringProperty()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("backupRestoring");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.restoringProperty());
        restore.setOnAction(e -> restoreSelected());
        Label where = new Label(lang("backup.folder", vm.folder()));
        where.setWrapText(true);
        VBox box = new VBox(8, where, table, new HBox(8, restore, progress));
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.setResizable(true);
        vm.load();
    }

    private static String text(BackupRow r) {
        return r.problem() == null ? "" : r.problem();
    }

    private static String figure(BackupRow r, int n) {
        return r.figures() == null ? "" : Integer.toString(n);
    }

    private static TableColumn<BackupRow, String> column(String title, java.util.function.Function<BackupRow, String> value) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** What a restore that succeeded says, once the dialog is closed; null before. */
    private String restoredMessage;

    private void restoreSelected() {
        BackupRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (!row.readable()) {
            dialogs.showInformation(lang("backup.title"), lang("backup.damaged.refused"));
            return;
        }
        if (!dialogs.showConfirmation(lang("backup.title"),
                lang("backup.confirm", TIME.format(row.made()), row.figures().measures()),
                lang("backup.restore.confirm"))) {
            return;
        }
        vm.restore(row, () -> {
            restoredMessage = lang("backup.restored", TIME.format(row.made()));
            dialog.close();
        });
    }

    /**
     * Shows the dialog until it is closed; after a restore, says so once the dialog's own event loop
     * has ended and the window has been painted with the restored ledger (a message shown from within
     * the closing dialog stayed blank, over a window not painted, until Enter was pressed).
     */
    public void showAndWait() {
        dialog.showAndWait();
        if (restoredMessage != null) {
            String message = restoredMessage;
            Platform.runLater(() -> dialogs.showInformation(lang("backup.title"), message));
        }
    }

    ObservableList<BackupRow> rows() {
        return vm.rows();
    }
}
