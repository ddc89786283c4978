package io.github.rectification.ledger.ui.exporter;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.ui.common.BackgroundTask;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window showing a running export: its message, a progress bar and Cancel. Closes when the task ends. */
public final class ExportProgressWindow {
    private ExportProgressWindow() {
    }

    /** Shows the progress of {@code task} over {@code owner} until the task is no longer running. */
    public static void show(Window owner, BackgroundTask<?> task) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(lang("export.title"));
        Label message = new Label();
        message.setId("exportMessage");
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(lang("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setOnAction(e -> {
            task.cancel();
            stage.close();
        });
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(10, message, bar, buttons);
        VBox.setVgrow(bar, Priority.NEVER);
        box.setPadding(new Insets(16));
        box.setPrefWidth(420);
        stage.setScene(new Scene(box));
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                stage.close();
            }
        });
        task.onFinished(stage::close);
        stage.show();
    }
}
