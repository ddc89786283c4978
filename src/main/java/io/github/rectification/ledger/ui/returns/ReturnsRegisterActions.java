package io.github.rectification.ledger.ui.returns;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.OneWindow;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;

/** File › 报送情况: opens the returns register (one window, read again and brought to the front). */
public final class ReturnsRegisterActions {
    private final Window owner;
    private final LedgerSession session;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final Supplier<Path> folder;
    private final OneWindow<ReturnsRegisterWindow> window =
            new OneWindow<>(ReturnsRegisterWindow::stage, ReturnsRegisterWindow::show);

    public ReturnsRegisterActions(Window owner, LedgerSession session, DialogService dialogs, TaskExecutor executor,
            Supplier<LocalDate> today, Supplier<Path> folder) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        this.today = today;
        this.folder = folder;
    }

    public void open() {
        if (session.isOpen()) {
            window.open(() -> new ReturnsRegisterWindow(owner, new ReturnsRegisterViewModel(session, executor, today),
                    dialogs, session.isWritable(), folder), w -> w.viewModel().load());
        }
    }

    /** The register last opened (for tests), or null. */
    public ReturnsRegisterWindow window() {
        return window.shown();
    }
}
