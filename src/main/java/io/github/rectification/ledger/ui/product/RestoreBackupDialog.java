package io.github.rectification.ledger.ui.product;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.store.Backup;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
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

    /** A backup with its figures, or the reason they could not be read. */
    public record Row(Backup backup, LedgerFigures figures, String problem) {
    }

    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final BooleanProperty restoring = new SimpleBooleanProperty();
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    final TableView<Row> table = new TableView<>(rows);
    final Button restore = new Button(lang("backup.restore"));

    public RestoreBackupDialog(Window owner, LedgerSession session, DialogService dialogs, TaskExecutor executor,
            LocalDate today) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        dialog.initOwner(owner);
        dialog.setTitle(lang("backup.title"));
        dialog.getDialogPane().setId("restoreBackupDialog");
        ButtonType close = new ButtonType(lang("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).disableProperty().bind(restoring);
        table.setId("backupTable");
        table.setPlaceholder(new Label(lang("backup.none")));
        table.setPrefSize(760, 320);
        table.getColumns().setAll(List.of(
                column(lang("backup.column.time"), r -> TIME.format(r.backup().made())),
                column(lang("backup.column.kind"), r -> kind(r.backup().kind())),
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
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(restoring));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("backupRestoring");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(restoring);
        restore.setOnAction(e -> restoreSelected());
        Path ledger = session.store().file();
        Label where = new Label(lang("backup.folder", Backups.forLedger(ledger).folder()));
        where.setWrapText(true);
        VBox box = new VBox(8, where, table, new HBox(8, restore, progress));
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.setResizable(true);
        executor.execute(BackgroundTask.wrap(() -> load(ledger, today)).onSuccess(rows::setAll)
                .onFailure(e -> dialogs.showError(lang("backup.list.failed"), e)));
    }

    /** Reads every backup's figures (each opened read-only). */
    public static List<Row> load(Path ledger, LocalDate today) {
        Backups backups = Backups.forLedger(ledger);
        return backups.list().stream().map(b -> {
            try {
                return new Row(b, backups.figures(b, today), null);
            } catch (Exception e) {
                return new Row(b, null, lang("backup.damaged"));
            }
        }).toList();
    }

    private static String text(Row r) {
        return r.problem() == null ? "" : r.problem();
    }

    private static String figure(Row r, int n) {
        return r.figures() == null ? "" : Integer.toString(n);
    }

    static String kind(BackupKind kind) {
        return switch (kind) {
            case IMPORT -> lang("backup.kind.import");
            case MIGRATION -> lang("backup.kind.migration");
            case DAILY -> lang("backup.kind.daily");
            case RESTORE -> lang("backup.kind.restore");
            case MANUAL -> lang("backup.kind.manual");
        };
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** What a restore that succeeded says, once the dialog is closed; null before. */
    private String restoredMessage;

    private void restoreSelected() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.figures() == null) {
            dialogs.showInformation(lang("backup.title"), lang("backup.damaged.refused"));
            return;
        }
        if (!dialogs.showConfirmation(lang("backup.title"),
                lang("backup.confirm", TIME.format(row.backup().made()), row.figures().measures()),
                lang("backup.restore.confirm"))) {
            return;
        }
        Path ledger = session.store().file();
        LedgerStore current = session.store();
        restoring.set(true);
        executor.execute(BackgroundTask.wrap(() -> Backups.forLedger(ledger).restore(current, row.backup()))
                .onSuccess(restored -> {
                    session.adopt(restored);
                    restoring.set(false);
                    restoredMessage = lang("backup.restored", TIME.format(row.backup().made()));
                    dialog.close();
                })
                .onFailure(e -> {
                    restoring.set(false);
                    dialogs.showError(lang("backup.restore.failed"), e);
                    if (current.isClosed()) {
                        reopen(ledger);
                    }
                }));
    }

    /** Opens the ledger again after a restore that failed once the open ledger was closed. */
    private void reopen(Path ledger) {
        executor.execute(BackgroundTask.wrap(() -> LedgerStore.open(ledger))
                .onSuccess(session::adopt)
                .onFailure(e -> dialogs.showError(lang("error.open.unreadable", ledger), e)));
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

    ObservableList<Row> rows() {
        return rows;
    }
}
