package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.Measure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * Deadline warnings grouped by lead department or by leader; a click on a warning calls back with its
 * measure's id.
 */
final class WarningList extends TreeTableView<WarningRow> {
    private final Function<Measure, String> groupOf;

    WarningList(String id, String groupTitle, Function<Measure, String> groupOf, Consumer<Long> onMeasure) {
        this.groupOf = groupOf;
        setId(id);
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setPlaceholder(new Label(lang("dashboard.warnings.none")));
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TreeTableColumn<WarningRow, String> what = column(groupTitle + " / " + lang("dashboard.column.measure"),
                r -> r.isHeading() ? lang("dashboard.group.count", r.group(), r.count()) : r.warning().measure().text());
        what.setPrefWidth(330);
        TreeTableColumn<WarningRow, String> deadline = column(lang("dashboard.column.deadline"),
                r -> r.isHeading() ? "" : r.warning().measure().deadline().printed());
        deadline.setPrefWidth(100);
        TreeTableColumn<WarningRow, String> band = column(lang("dashboard.column.band"),
                r -> r.isHeading() ? "" : bandText(r.warning()));
        band.setPrefWidth(110);
        band.setCellFactory(c -> new BandCell());
        getColumns().setAll(List.of(what, deadline, band));

        setRowFactory(t -> {
            TreeTableRow<WarningRow> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                WarningRow r = row.getItem();
                if (r != null && !r.isHeading()) {
                    onMeasure.accept(r.warning().measure().id());
                }
            });
            return row;
        });
    }

    private static TreeTableColumn<WarningRow, String> column(String title, Function<WarningRow, String> text) {
        TreeTableColumn<WarningRow, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : text.apply(f.getValue().getValue())));
        c.setSortable(false);
        return c;
    }

    static String bandText(DeadlineWarning w) {
        return w.daysLeft() < 0 ? w.describe() : w.band().word() + " " + w.describe();
    }

    void show(List<DeadlineWarning> warnings) {
        Map<String, List<DeadlineWarning>> groups = new LinkedHashMap<>();
        for (DeadlineWarning w : warnings) {
            groups.computeIfAbsent(groupOf.apply(w.measure()), k -> new java.util.ArrayList<>()).add(w);
        }
        TreeItem<WarningRow> root = new TreeItem<>();
        for (Map.Entry<String, List<DeadlineWarning>> e : groups.entrySet()) {
            TreeItem<WarningRow> head = new TreeItem<>(WarningRow.heading(e.getKey(), e.getValue().size()));
            head.setExpanded(true);
            for (DeadlineWarning w : e.getValue()) {
                head.getChildren().add(new TreeItem<>(WarningRow.of(w)));
            }
            root.getChildren().add(head);
        }
        setRoot(root);
    }

    /** The band in its colour. */
    private static final class BandCell extends TreeTableCell<WarningRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("band-overdue", "band-due_soon", "band-upcoming");
            setText(empty ? null : item);
            WarningRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (r != null && !r.isHeading()) {
                getStyleClass().add("band-" + r.warning().band().code());
            }
        }
    }
}
