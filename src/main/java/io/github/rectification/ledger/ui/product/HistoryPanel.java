package io.github.rectification.ledger.ui.product;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.history.HistoryLabels;
import io.github.rectification.ledger.store.HistoryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TableView<HistoryEntry> table = new TableView<>();

    public HistoryPanel() {
        setId("historyPanel");
        table.setId("historyTable");
        table.setPlaceholder(new Label(lang("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column(lang("history.column.time"), e -> TIME.format(e.at().atZone(ZoneId.systemDefault()))),
                column(lang("history.column.who"), HistoryEntry::who),
                column(lang("history.column.action"), e -> LABELS.action(e.action())),
                column(lang("history.column.field"), e -> LABELS.fields(e.field())),
                column(lang("history.column.old"), e -> LABELS.value(e.field(), e.oldValue())),
                column(lang("history.column.new"), e -> LABELS.value(e.field(), e.newValue())),
                column(lang("history.column.source"), e -> LABELS.source(e.source()))));
        // the time in full; the values get the room that is left
        double[] widths = {150, 80, 60, 90, 210, 210, 60};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.getColumns().get(0).setMinWidth(widths[0]);
        setCenter(table);
    }

    public void show(List<HistoryEntry> entries) {
        table.setItems(FXCollections.observableArrayList(entries));
    }

    public TableView<HistoryEntry> table() {
        return table;
    }

    private static TableColumn<HistoryEntry, String> column(String title, Function<HistoryEntry, String> value) {
        TableColumn<HistoryEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /** The history in the window's language. */
    static final HistoryLabels LABELS = new HistoryLabels(new BundleHistoryWords());
}
