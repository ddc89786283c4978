package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window of a window test: before each test a ledger file is prepared in a folder of its
 * own, the window is opened on it with fresh preferences and the test waits until the ledger is
 * open; after each test the window is closed, the preferences removed and the folder deleted. Test
 * methods may take an {@link FxRobot}.
 *
 * <pre>{@code
 * @RegisterExtension
 * final LedgerWindowExtension app = LedgerWindowExtension.seed();
 * }</pre>
 */
public final class LedgerWindowExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** Writes the ledger the window opens (or leaves the file absent, for a new ledger). */
    @FunctionalInterface
    public interface LedgerSetup {
        void prepare(Path file) throws Exception;
    }

    private final String fileName;
    private final LedgerSetup setup;
    private double width;
    private double height;
    private boolean placed;
    private Path folder;
    private Path file;
    private Stage stage;
    private UiPreferences prefs;
    private MainWindow window;

    private LedgerWindowExtension(String fileName, LedgerSetup setup) {
        this.fileName = fileName;
        this.setup = setup;
    }

    /** A window on the file {@code fileName}, written by {@code setup} before the window opens. */
    public static LedgerWindowExtension on(String fileName, LedgerSetup setup) {
        return new LedgerWindowExtension(fileName, setup);
    }

    /** A window on a copy of the seed ledger. */
    public static LedgerWindowExtension seed() {
        return on("台账.zgtz", f -> SeedLedger.create(f).close());
    }

    /** A window on a ledger that does not exist yet (the window creates it). */
    public static LedgerWindowExtension newLedger(String fileName) {
        return on(fileName, f -> { });
    }

    /** The window placed at the screen's corner, with this size (0 keeps the window's own). */
    public LedgerWindowExtension placed(double w, double h) {
        this.placed = true;
        this.width = w;
        this.height = h;
        return this;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The ledger file the window opened. */
    public Path file() {
        return file;
    }

    /** The folder holding the ledger, deleted after the test: room for the test's other files. */
    public Path folder() {
        return folder;
    }

    public UiPreferences prefs() {
        return prefs;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("ledger-window-");
        file = folder.resolve(fileName);
        setup.prepare(file);
        stage = FxToolkit.registerPrimaryStage();
        prefs = new UiPreferences(Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID()));
        window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = MainWindow.show(stage, file, prefs);
            if (placed) {
                stage.setX(0);
                stage.setY(0);
                if (width > 0) {
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }
            return w;
        }).get(20, TimeUnit.SECONDS);
        OpenedWindows.awaitOpen(window);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (window != null) {
                WaitForAsyncUtils.asyncFx(() -> window.close()).get(10, TimeUnit.SECONDS);
            }
            FxToolkit.cleanupStages();
            FxToolkit.cleanupInput(new FxRobot());
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            if (prefs != null) {
                prefs.node().removeNode();
            }
            delete(folder);
            window = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new FxRobot();
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
