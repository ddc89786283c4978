package io.github.rectification.ledger.ui.product;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerSession;
import javafx.scene.control.Label;

/** A strip under the menu that says the open ledger is read-only because another window holds it. */
public final class ReadOnlyBanner extends Label {
    public ReadOnlyBanner(LedgerSession session) {
        setId("readOnlyBanner");
        getStyleClass().add("read-only-banner");
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #664d03; -fx-padding: 6 12 6 12;"
                + " -fx-border-color: #ffe69c; -fx-border-width: 0 0 1 0;");
        session.storeProperty().addListener((obs, old, store) -> update(store));
        update(session.storeProperty().get());
    }

    private void update(LedgerStore store) {
        boolean readOnly = store != null && store.readOnly();
        setText(readOnly ? lang("banner.read.only", store.file().getFileName()) : "");
        setVisible(readOnly);
        setManaged(readOnly);
    }
}
