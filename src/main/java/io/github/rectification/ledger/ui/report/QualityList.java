package io.github.rectification.ledger.ui.report;

import io.github.rectification.ledger.report.quality.QualityFinding;
import io.github.rectification.ledger.report.stats.Finding;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The quality check's findings, one line per kind with its count, opened to the records it concerns;
 * a click on a measure's line calls back with the measure's id.
 */
public final class QualityList extends TreeView<QualityList.Line> {
    /** A line: a kind's summary (no finding), or one record's finding. */
    public record Line(String text, Finding finding) {
    }

    QualityList(Consumer<Long> onMeasure) {
        setId("qualityChecks");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                getStyleClass().remove("quality-kind");
                if (!empty && line != null && line.finding() == null) {
                    getStyleClass().add("quality-kind");
                }
            }
        });
        setOnMouseClicked(e -> {
            TreeItem<Line> item = getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() != null && item.getValue().finding() != null
                    && item.getValue().finding().measureId() != null) {
                onMeasure.accept(item.getValue().finding().measureId());
            }
        });
    }

    void show(List<QualityFinding> findings) {
        getRoot().getChildren().clear();
        for (QualityFinding f : findings) {
            TreeItem<Line> kind = new TreeItem<>(new Line(f.summary(), null));
            for (Finding r : f.records()) {
                kind.getChildren().add(new TreeItem<>(new Line(r.message(), r)));
            }
            getRoot().getChildren().add(kind);
        }
    }
}
