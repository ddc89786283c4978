package io.github.rectification.ledger.ui.status;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: measures, done, rate with its counting rule, overdue; the quality check's line,
 * which opens its findings; and the open file.
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
        checks.disableProperty().bind(Bindings.createBooleanBinding(() -> quality.findingsProperty().get().isEmpty(),
                quality.findingsProperty()));
        checks.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label file = new Label();
        file.setId("statusFile");
        file.getStyleClass().add("status-file");
        file.textProperty().bind(vm.fileProperty());
        getChildren().setAll(figures, checks, gap, file);
    }
}
