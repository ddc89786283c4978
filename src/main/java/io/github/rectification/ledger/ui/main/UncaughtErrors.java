package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.store.ReadOnlyLedgerException;
import io.github.rectification.ledger.ui.common.DialogService;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors never vanish: an exception no code caught is written to the log and shown in a dialog
 * with a plain message and the details folded away. While one such dialog is open, further ones
 * only go to the log, so a failure that repeats cannot flood the screen.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private boolean showing;

    private UncaughtErrors(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Handles uncaught exceptions of every thread, the JavaFX thread included. */
    public static UncaughtErrors install(DialogService dialogs) {
        UncaughtErrors handler = new UncaughtErrors(dialogs);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            try {
                Platform.runLater(() -> show(error));
            } catch (IllegalStateException toolkitGone) {
                LOG.error("uncaught exception in {}", thread.getName(), error);
            }
        }
    }

    /** A refused write to a read-only ledger says so; anything else is unexpected. */
    static String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ReadOnlyLedgerException r) {
                return lang("error.read.only", r.file());
            }
        }
        return lang("error.unexpected");
    }

    private void show(Throwable error) {
        if (showing) {
            LOG.error("uncaught exception", error);
            return;
        }
        showing = true;
        try {
            // the dialog service logs it once
            dialogs.showError(messageFor(error), error);
        } finally {
            showing = false;
        }
    }
}
