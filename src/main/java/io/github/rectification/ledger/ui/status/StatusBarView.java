package io.github.rectification.ledger.ui.status;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: measures, done, rate with its counting rule, overdue; the quality check's line
 * (while it runs, and when it found something), which opens its findings; and the open file.
 */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel vm, QualityWatchViewModel quality, Runnable showFindings) {
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 8, 3, 8));
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        Label figures = new Label();
        figures.setId("statusFigures");
        figures.textProperty().bind(vm.textProperty());
        figures.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink checks = new Hyperlink();
        checks.setId("statusQuality");
        checks.textProperty().bind(quality.textProperty());
        checks.setTooltip(new Tooltip(lang("quality.show")));
        checks.setOnAction(e -> {
            checks.setVisited(false);
            showFindings.run();
        });
        // said while checking and when something was found; a clean ledger's line leaves the room to the file
        checks.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> quality.checkingProperty().get() || !quality.findingsProperty().get().isEmpty(),
                quality.checkingProperty(), quality.findingsProperty()));
        checks.managedProperty().bind(checks.visibleProperty());
        checks.disableProperty().bind(quality.checkingProperty());
        checks.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label file = new Label();
        file.setId("statusFile");
        file.getStyleClass().add("status-file");
        file.textProperty().bind(vm.fileProperty());
        // a long path gives way to the figures, its start cut, the whole of it in the tooltip
        file.setMinWidth(0);
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Tooltip path = new Tooltip();
        path.textProperty().bind(vm.fileProperty());
        file.setTooltip(path);
        getChildren().setAll(figures, checks, gap, file);
    }
}
