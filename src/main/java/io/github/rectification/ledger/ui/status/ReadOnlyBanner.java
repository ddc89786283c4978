package io.github.rectification.ledger.ui.status;

import javafx.scene.control.Label;

/** A strip under the menu that says the open ledger is read-only because another window holds it. */
public final class ReadOnlyBanner extends Label {
    public ReadOnlyBanner(ReadOnlyBannerViewModel vm) {
        setId("readOnlyBanner");
        getStyleClass().add("read-only-banner");
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 6 12 6 12;"
                + " -fx-border-color: #ffe69c; -fx-border-width: 0 0 1 0;");
        textProperty().bind(vm.textProperty());
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(vm.shownProperty());
    }
}
