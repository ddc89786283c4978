package io.github.rectification.ledger.ui;

import io.github.rectification.ledger.ui.main.MainWindow;
import io.github.rectification.ledger.ui.main.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The window application: opens the ledger file given as the only argument, or else the default
 * ledger in the user's data folder (created on first start).
 */
public final class LedgerApplication extends Application {
    public static void start(String[] args) {
        Application.launch(LedgerApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        MainWindow.show(stage, file, UiPreferences.user());
    }
}
