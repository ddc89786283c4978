package io.github.rectification.ledger.ui.conflicts;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.OneWindow;
import io.github.rectification.ledger.ui.session.LedgerSession;
import javafx.stage.Window;

/** File › 处理冲突: opens the review of the conflicts returns left open (one window, brought to the front). */
public final class ConflictsActions {
    private final Window owner;
    private final LedgerSession session;
    private final DialogService dialogs;
    private final OneWindow<ConflictsWindow> window =
            new OneWindow<>(ConflictsWindow::stage, ConflictsWindow::show);

    public ConflictsActions(Window owner, LedgerSession session, DialogService dialogs) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
    }

    public void open() {
        if (session.isOpen()) {
            window.open(() -> new ConflictsWindow(owner, new ConflictsViewModel(session), dialogs), w -> { });
        }
    }

    /** The review last opened (for tests), or null. */
    public ConflictsWindow window() {
        return window.shown();
    }
}
