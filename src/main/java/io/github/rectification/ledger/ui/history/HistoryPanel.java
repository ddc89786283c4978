package io.github.rectification.ledger.ui.history;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The change history of one record as a table: when, who, what, which field, old and new value, source. */
public final class HistoryPanel extends BorderPane {
    private final TableView<HistoryRow> table = new TableView<>();

    public HistoryPanel() {
        setId("historyPanel");
        table.setId("historyTable");
        table.setPlaceholder(new Label(lang("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column(lang("history.column.time"), HistoryRow::time),
                column(lang("history.column.who"), HistoryRow::who),
                column(lang("history.column.action"), HistoryRow::action),
                column(lang("history.column.field"), HistoryRow::field),
                column(lang("history.column.old"), HistoryRow::oldValue),
                column(lang("history.column.new"), HistoryRow::newValue),
                column(lang("history.column.source"), HistoryRow::source)));
        // the time in full and no wider; the source wide enough for an imported file's name
        // (导入 民政局整改台账.xlsx); the values get the room that is left
        double[] widths = {150, 70, 70, 70, 190, 190, 200};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.getColumns().get(0).setMinWidth(widths[0]);
        table.getColumns().get(0).setMaxWidth(widths[0] + 20);
        table.getColumns().get(2).setMinWidth(widths[2]);
        table.getColumns().get(6).setMinWidth(160);
        setCenter(table);
    }

    public void show(List<HistoryRow> rows) {
        table.setItems(FXCollections.observableArrayList(rows));
    }

    public TableView<HistoryRow> table() {
        return table;
    }

    private static TableColumn<HistoryRow, String> column(String title, Function<HistoryRow, String> value) {
        TableColumn<HistoryRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
