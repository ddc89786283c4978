package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.desktop.SingleInstance;
import io.github.rectification.ledger.desktop.StartupReport;
import io.github.rectification.ledger.ui.common.AppIcons;
import io.github.rectification.ledger.ui.common.SystemViewer;
import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import io.github.rectification.ledger.ui.main.UncaughtErrors;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The window application: opens the ledger file given as the only argument, or else the last
 * ledger (the default ledger in the user's data folder on the first start).
 */
public final class LedgerApplication extends Application {
    /** System property: print the time (epoch milliseconds) the first window was shown, for startup measurements. */
    public static final String STARTUP_REPORT = StartupReport.PROPERTY;

    private static volatile SingleInstance instance;

    public static void start(String[] args) {
        Application.launch(LedgerApplication.class, args);
    }

    /** Starts the window as the running instance: later starts hand their files to it. */
    public static void start(String[] args, SingleInstance running) {
        instance = running;
        start(args);
    }

    @Override
    public void start(Stage stage) {
        SystemViewer.install(getHostServices()::showDocument);
        List<String> args = getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        stage.getIcons().setAll(AppIcons.all());
        MainWindow window = MainWindow.show(stage, file, UiPreferences.user());
        UncaughtErrors.install(window.dialogs());
        SingleInstance running = instance;
        if (running != null) {
            running.onRequest(request -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
                request.ifPresent(window.fileActions()::open);
            }));
        }
        if (StartupReport.wanted()) {
            StartupReport.windowShown();
            onceTreeShown(window, () -> {
                StartupReport.treeShown();
                if (StartupReport.exitWanted()) {
                    Platform.runLater(window::close);
                }
            });
        }
        LoggerFactory.getLogger(LedgerApplication.class).info("window started on {}", window.session().isOpen()
                ? window.session().store().file() : "no ledger");
    }

    /**
     * Runs {@code then} once the ledger's tree is in the window (at once when no ledger is opened or
     * read), on the pulse after it arrived.
     */
    private static void onceTreeShown(MainWindow window, Runnable then) {
        var tree = window.treeViewModel();
        var opening = window.fileActions().openingProperty();
        javafx.beans.InvalidationListener[] watch = new javafx.beans.InvalidationListener[1];
        watch[0] = o -> {
            boolean nothingToShow = !opening.get() && !tree.readingProperty().get();
            if (tree.rootProperty().get() != null || nothingToShow) {
                tree.rootProperty().removeListener(watch[0]);
                tree.readingProperty().removeListener(watch[0]);
                opening.removeListener(watch[0]);
                Platform.runLater(then);
            }
        };
        tree.rootProperty().addListener(watch[0]);
        tree.readingProperty().addListener(watch[0]);
        opening.addListener(watch[0]);
        watch[0].invalidated(null);
    }

    @Override
    public void stop() {
        SingleInstance running = instance;
        if (running != null) {
            running.close();
        }
    }
}
