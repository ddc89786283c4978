package io.github.rectification.ledger.ui.directory;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.OneWindow;
import io.github.rectification.ledger.ui.session.LedgerSession;
import javafx.stage.Window;

/** 编辑 › 机构名录: opens the directory of departments (one window, brought to the front). */
public final class DirectoryActions {
    private final Window owner;
    private final LedgerSession session;
    private final DialogService dialogs;
    private final OneWindow<DirectoryWindow> window =
            new OneWindow<>(DirectoryWindow::stage, DirectoryWindow::show);

    public DirectoryActions(Window owner, LedgerSession session, DialogService dialogs) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
    }

    public void open() {
        if (session.isOpen()) {
            window.open(() -> new DirectoryWindow(owner, new DirectoryViewModel(session), dialogs), w -> { });
        }
    }

    /** The directory window last opened (for tests), or null. */
    public DirectoryWindow window() {
        return window.shown();
    }
}
