package io.github.rectification.ledger.ui.distribution;

import io.github.rectification.ledger.ui.common.DialogService;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;

/** File › 下发: opens the wizard on the ledger open in the window. */
public final class DistributionActions {
    private final Window owner;
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final Supplier<Path> lastDirectory;
    private DistributionDialog shown;

    public DistributionActions(Window owner, LedgerSession session, TaskExecutor executor, DialogService dialogs,
            Supplier<LocalDate> today, Supplier<Path> lastDirectory) {
        this.owner = owner;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        this.lastDirectory = lastDirectory;
    }

    public void open() {
        if (!session.isOpen()) {
            return;
        }
        shown = new DistributionDialog(owner,
                new DistributionViewModel(session, executor, today, lastDirectory), dialogs);
        shown.show();
    }

    /** The wizard last opened (for tests), or null. */
    public DistributionDialog dialog() {
        return shown;
    }
}
