package io.github.rectification.ledger.ui.importer;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.ImportWarning;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.ScreenFit;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import of one workbook in a window of its own: reading with a progress bar (cancellable), the
 * password when the workbook has one, then the preview (summary; added, changed, unchanged and
 * deleted records; every warning with sheet, row and column; a class for each unknown status word;
 * whether to delete missing records) until the user confirms or cancels. Nothing is written before
 * the confirmation; the tree reloads after the import.
 */
public final class ImportPreviewDialog {
    private final ImportPreviewViewModel vm;
    private final TaskExecutor executor;
    private final Path workbook;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final ReadOnlyObjectWrapper<ImportPlan> result = new ReadOnlyObjectWrapper<>();
    private final Map<String, ComboBox<Status>> statusChoices = new LinkedHashMap<>();
    private String password;
    private BackgroundTask<ImportPlan> running;
    private CheckBox deleteMissing;

    ImportPreviewDialog(ImportPreviewViewModel vm, TaskExecutor executor, Window owner) {
        this.vm = vm;
        this.executor = executor;
        this.workbook = vm.workbook();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(lang("import.title", workbook.getFileName()));
        root.setId("importDialog");
        root.setPadding(new Insets(12));
        stage.setScene(ScreenFit.scene(root, 900, 620));
        stage.setOnHidden(e -> cancelRunning());
    }

    void show() {
        stage.show();
        preview();
    }

    public Stage stage() {
        return stage;
    }

    /** The plan once the import was applied; null before (and after a cancel). */
    public ReadOnlyObjectProperty<ImportPlan> resultProperty() {
        return result.getReadOnlyProperty();
    }

    private ImportOptions options() {
        Map<String, Status> choices = new LinkedHashMap<>();
        statusChoices.forEach((word, box) -> choices.put(word, box.getValue()));
        return ImportOptions.defaults().withPassword(password).withStatusChoices(choices)
                .withDeleteMissing(deleteMissing != null && deleteMissing.isSelected());
    }

    private void preview() {
        BackgroundTask<ImportPlan> task = vm.previewTask(options());
        showProgress(task, lang("import.reading", workbook.getFileName()));
        task.onSuccess(this::showPreview).onFailure(this::showFailure);
        running = executor.execute(task);
    }

    private void apply() {
        BackgroundTask<ImportPlan> task = vm.importTask(options());
        showProgress(task, lang("import.applying", workbook.getFileName()));
        task.onSuccess(plan -> {
            running = null;
            result.set(plan);
            vm.imported();
            showDone(plan);
        }).onFailure(this::showFailure);
        running = executor.execute(task);
    }

    /** What the import did, said before the window closes. */
    private void showDone(ImportPlan plan) {
        Label title = new Label(lang("import.done.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        Label done = new Label(lang("import.done", plan.fileName(), plan.added(), plan.updated(), plan.unchanged(),
                plan.deletedApplied() ? plan.deleted() : 0, plan.warnings().size()));
        done.setId("importDone");
        done.setWrapText(true);
        VBox box = new VBox(16, title, done);
        if (plan.backup() != null) {
            Label backup = new Label(lang("import.done.backup", plan.backup()));
            backup.setWrapText(true);
            box.getChildren().add(backup);
        }
        Button close = new Button(lang("import.close"));
        close.setId("importDoneClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        box.getChildren().add(close);
        showInMiddle(box);
        close.requestFocus();
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private void showProgress(BackgroundTask<ImportPlan> task, String what) {
        Label label = new Label(what);
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Label rows = new Label();
        rows.textProperty().bind(task.messageProperty());
        Button cancel = new Button(lang("import.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        VBox box = new VBox(12, label, bar, rows, cancel);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        root.setTop(null);
        root.setCenter(box);
        root.setBottom(null);
    }

    private void showFailure(Exception e) {
        running = null;
        if (e instanceof ImportRejectedException r
                && (r.reason() == ImportRejectedException.Reason.PASSWORD_REQUIRED
                || r.reason() == ImportRejectedException.Reason.WRONG_PASSWORD)) {
            askPassword(r.reason() == ImportRejectedException.Reason.WRONG_PASSWORD);
            return;
        }
        Label message = new Label(e instanceof ImportRejectedException ? e.getMessage()
                : lang("import.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
        message.setId("importError");
        message.setWrapText(true);
        Button close = new Button(lang("import.close"));
        close.setId("importClose");
        close.setOnAction(ev -> stage.close());
        Label refused = new Label(lang("import.refused"));
        refused.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        VBox box = new VBox(16, refused, message, close);
        showInMiddle(box);
    }

    private void askPassword(boolean wrong) {
        PasswordField field = new PasswordField();
        field.setId("importPassword");
        Label prompt = new Label(wrong ? lang("import.password.wrong") : lang("import.password.prompt"));
        prompt.setWrapText(true);
        Button open = new Button(lang("import.password.open"));
        open.setId("importPasswordOpen");
        open.setDefaultButton(true);
        open.setOnAction(e -> {
            password = field.getText();
            preview();
        });
        Button cancel = new Button(lang("import.cancel"));
        cancel.setOnAction(e -> stage.close());
        field.setMaxWidth(320);
        VBox box = new VBox(12, prompt, field, new HBox(8, open, cancel));
        showInMiddle(box);
        field.requestFocus();
    }

    /** A short message with its buttons, in the middle of the window rather than in its top corner. */
    private void showInMiddle(VBox box) {
        box.setPadding(new Insets(30));
        box.setMaxWidth(600);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        BorderPane.setAlignment(box, Pos.CENTER);
        root.setTop(null);
        root.setCenter(box);
        root.setBottom(null);
    }

    private void showPreview(ImportPlan plan) {
        running = null;
        Label summary = new Label(PlanText.summary(plan));
        summary.setId("importSummary");
        summary.setWrapText(true);
        VBox top = new VBox(8, summary);
        for (ImportPlan.SheetNote n : plan.sheets()) {
            top.getChildren().add(new Label(lang("import.sheet.note", n.sheet(), n.note())));
            if (!n.columns().isEmpty()) {
                Label columns = new Label(PlanText.columns(n.columns()));
                columns.getStyleClass().add("import-columns");
                columns.setId("importColumns");
                columns.setWrapText(true);
                columns.setPadding(new Insets(0, 0, 0, 16));
                top.getChildren().add(columns);
            }
        }
        statusChoices.clear();
        if (!plan.unknownStatusWords().isEmpty()) {
            top.getChildren().add(new Label(lang("import.status.unknown")));
            for (Map.Entry<String, Integer> w : plan.unknownStatusWords().entrySet()) {
                ComboBox<Status> box = new ComboBox<>(FXCollections.observableArrayList(Status.values()));
                box.setId("importStatus-" + w.getKey());
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Status s) {
                        return s == null ? "" : s.word();
                    }

                    @Override
                    public Status fromString(String s) {
                        return null;
                    }
                });
                box.setValue(ImportOptions.UNKNOWN_STATUS_DEFAULT);
                statusChoices.put(w.getKey(), box);
                top.getChildren().add(new HBox(8, new Label(lang("import.status.word", w.getKey(), w.getValue())), box));
            }
        }
        deleteMissing = null;
        if (plan.deleted() > 0) {
            deleteMissing = new CheckBox(lang("import.delete.missing", plan.deleted()));
            deleteMissing.setId("importDeleteMissing");
            top.getChildren().add(deleteMissing);
        }
        TabPane lists = new TabPane(
                listTab("importAdded", lang("import.tab.added", plan.added()), plan, ImportPlan.Change.ADDED),
                listTab("importUpdated", lang("import.tab.updated", plan.updated()), plan, ImportPlan.Change.UPDATED),
                listTab("importUnchanged", lang("import.tab.unchanged", plan.unchanged()), plan,
                        ImportPlan.Change.UNCHANGED),
                listTab("importDeleted", lang("import.tab.deleted", plan.deleted()), plan, ImportPlan.Change.DELETED),
                ConflictsTab.of(plan),
                warningsTab(plan));
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button confirm = new Button(plan.noChange() ? lang("import.nothing") : lang("import.confirm"));
        confirm.setId("importConfirm");
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> {
            if (plan.noChange() && plan.unknownStatusWords().isEmpty() && plan.conflicts().isEmpty()) {
                stage.close();
            } else {
                apply();
            }
        });
        Button cancel = new Button(lang("import.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, confirm, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(lists);
        root.setBottom(buttons);
    }

    private static Tab listTab(String id, String title, ImportPlan plan, ImportPlan.Change change) {
        ListView<String> list = new ListView<>();
        list.setId(id + "List");
        list.setCellFactory(l -> new ShortenedCell());
        list.setPlaceholder(new Label(lang("import.list.none")));
        for (ImportPlan.Item item : plan.items(change)) {
            list.getItems().add(PlanText.item(item));
        }
        int more = plan.count(change) - plan.items(change).size();
        if (more > 0) {
            list.getItems().add(lang("import.more", more));
        }
        Tab t = new Tab(title, list);
        t.setId(id);
        return t;
    }

    private static Tab warningsTab(ImportPlan plan) {
        TableView<ImportWarning> table = new TableView<>(FXCollections.observableArrayList(plan.warnings()));
        table.setId("importWarningsTable");
        table.setPlaceholder(new Label(lang("import.warnings.none")));
        table.getColumns().add(column(lang("import.warning.sheet"), 160, w -> w.sheet()));
        table.getColumns().add(column(lang("import.warning.row"), 60, w -> w.row() == null ? "" : w.row().toString()));
        table.getColumns().add(column(lang("import.warning.column"), 60, w -> w.column()));
        TableColumn<ImportWarning, String> message = column(lang("import.warning.message"), 520, w -> w.message());
        table.getColumns().add(message);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab t = new Tab(lang("import.tab.warnings", plan.warnings().size()), table);
        t.setId("importWarnings");
        return t;
    }

    private static TableColumn<ImportWarning, String> column(String title, double width,
            java.util.function.Function<ImportWarning, String> value) {
        TableColumn<ImportWarning, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue()) == null ? ""
                : value.apply(cd.getValue())));
        return c;
    }

    /** A line as wide as the list, ending in … when longer; the whole line shows as its tooltip. */
    private static final class ShortenedCell extends ListCell<String> {
        private final Tooltip tip = new Tooltip();

        ShortenedCell() {
            setPrefWidth(0);
            tip.setWrapText(true);
            tip.setMaxWidth(600);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tip.setText(empty || item == null ? "" : item);
            setTooltip(empty ? null : tip);
        }
    }

    /** For tests: the node shown in the middle of the window. */
    Node content() {
        return root.getCenter();
    }
}
