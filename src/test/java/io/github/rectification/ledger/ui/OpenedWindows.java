package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.ui.main.MainWindow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Window tests wait for the ledger, which the window opens in the background. */
public final class OpenedWindows {
    private OpenedWindows() {
    }

    /** Waits (off the FX thread) until the window's ledger is open. */
    public static MainWindow awaitOpen(MainWindow window) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().isOpen()
                && !window.fileActions().openingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }
}
