package io.github.rectification.ledger.ui.directory;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.session.LedgerSession;
import javafx.stage.Window;

/** 编辑 › 机构名录: opens the directory of departments (one window, brought to the front). */
public final class DirectoryActions {
    private final Window owner;
    private final LedgerSession session;
    private final DialogService dialogs;
    private DirectoryWindow shown;

    public DirectoryActions(Window owner, LedgerSession session, DialogService dialogs) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
    }

    public void open() {
        if (!session.isOpen()) {
            return;
        }
        if (shown != null && shown.stage().isShowing()) {
            shown.stage().toFront();
            return;
        }
        shown = new DirectoryWindow(owner, new DirectoryViewModel(session), dialogs);
        shown.show();
    }

    /** The directory window last opened (for tests), or null. */
    public DirectoryWindow window() {
        return shown;
    }
}
