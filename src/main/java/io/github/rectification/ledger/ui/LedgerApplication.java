package io.github.rectification.ledger.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The window. */
public final class LedgerApplication extends Application {
    public static void start(String[] args) {
        Application.launch(LedgerApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("整改台账");
        stage.show();
    }
}
