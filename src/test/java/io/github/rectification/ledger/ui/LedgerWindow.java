package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window of a window test on one ledger file: shown 1280 × 800 with preferences of its own,
 * and closed with them forgotten after the test.
 */
final class LedgerWindow {
    final MainWindow window;
    private final UiPreferences prefs;

    private LedgerWindow(MainWindow window, UiPreferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    /** Shows the window on {@code file}; call it from the test's {@code @Start}. */
    static LedgerWindow show(Stage stage, Path file) throws Exception {
        UiPreferences prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        MainWindow window = MainWindow.show(stage, file, prefs);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        return new LedgerWindow(window, prefs);
    }

    /** Waits until the ledger is open; call it from the test's {@code @BeforeEach}. */
    void awaitOpen() throws Exception {
        OpenedWindows.awaitOpen(window);
    }

    /** Closes the window and forgets its preferences; call it from the test's {@code @AfterEach}. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
        prefs.node().removeNode();
    }

    /** Waits up to 20 s, with the FX events handled, until {@code condition} holds. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
