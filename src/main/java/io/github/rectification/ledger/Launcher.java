package io.github.rectification.ledger;

import io.github.rectification.ledger.cli.LedgerCli;
import io.github.rectification.ledger.ui.LedgerApplication;

/**
 * The jar's entry point. With a command (or an option such as {@code --help}) it runs the command
 * line and never touches JavaFX, so it works without a display; otherwise it starts the window,
 * opening the ledger file given as the only argument or the default ledger.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (LedgerCli.isCommandLine(args)) {
            System.exit(LedgerCli.run(args));
        }
        LedgerApplication.start(args);
    }
}
