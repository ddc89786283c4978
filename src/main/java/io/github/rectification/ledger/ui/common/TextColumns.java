package io.github.rectification.ledger.ui.common;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** A table column that shows a text of each row. */
public final class TextColumns {
    private TextColumns() {
    }

    public static <T> TableColumn<T, String> of(String title, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(text.apply(d.getValue())));
        return c;
    }
}
