package io.github.rectification.ledger.ui.status;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerSession;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Whether the open ledger is read-only because another window holds it, and the words that say so. */
public final class ReadOnlyBannerViewModel {
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    /** Follows the ledgers the session opens and closes. */
    public ReadOnlyBannerViewModel(LedgerSession session) {
        session.storeProperty().addListener((obs, old, store) -> update(store));
        update(session.storeProperty().get());
    }

    private void update(LedgerStore store) {
        boolean readOnly = store != null && store.readOnly();
        text.set(readOnly ? lang("banner.read.only", store.file().getFileName()) : "");
        shown.set(readOnly);
    }

    /** True while the open ledger is read-only. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** What the banner says; empty while it is not shown. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
