package io.github.rectification.ledger.ui.report;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;

/** The entries of a scope menu: the whole ledger and each inspection, the chosen ones checked. */
public final class ScopeMenu {
    private ScopeMenu() {
    }

    /** Made each time the menu is shown, as the ledger's inspections are then. */
    public static List<MenuItem> items(ScopeChoice choice) {
        return choice.offers().stream().map(o -> {
            CheckMenuItem item = new CheckMenuItem(o.label());
            item.setId(o.inspectionId() == null ? "scopeWhole" : "scopeInspection" + o.inspectionId());
            item.setSelected(o.selected());
            item.setOnAction(e -> choice.toggle(o.inspectionId()));
            return (MenuItem) item;
        }).toList();
    }
}
