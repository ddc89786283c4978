package io.github.rectification.ledger.ui.planted;

import javafx.scene.control.TreeItem;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: a view model handing out a control's item. */
public final class PlantedTreeViewModel {
    public TreeItem<String> root() {
        return new TreeItem<>("root");
    }
}
