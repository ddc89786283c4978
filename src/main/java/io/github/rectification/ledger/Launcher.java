package io.github.rectification.ledger;

import io.github.rectification.ledger.cli.LedgerCli;
import io.github.rectification.ledger.desktop.LogFile;
import io.github.rectification.ledger.desktop.NativeLibrary;
import io.github.rectification.ledger.desktop.SingleInstance;
import io.github.rectification.ledger.desktop.WindowDisplay;
import io.github.rectification.ledger.store.LedgerLocations;
import io.github.rectification.ledger.ui.LedgerApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point. With a command (or an option such as {@code --help}) it runs the command
 * line and never touches JavaFX, so it works without a display; otherwise it starts the window,
 * opening the ledger file given as the only argument or the last ledger. When a window already
 * runs, the file goes to that window instead and this start ends.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        NativeLibrary.useFolder(LedgerLocations.localFolder().resolve("native"));
        if (LedgerCli.isCommandLine(args)) {
            LogFile.installForCommandLine(LogFile.folder(LedgerLocations.appFolder()));
            System.exit(LedgerCli.run(args));
        }
        Path appFolder = LedgerLocations.appFolder();
        LogFile.install(LogFile.folder(appFolder));
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        SingleInstance.Start start;
        try {
            start = SingleInstance.start(appFolder, file);
        } catch (IOException e) {
            LoggerFactory.getLogger(Launcher.class).warn("no single-instance handover", e);
            start = new SingleInstance.Alone();
        }
        if (start instanceof SingleInstance.HandedOver) {
            System.exit(0);
        }
        // after the handover: a window that runs takes the file even from a start without a display
        if (!WindowDisplay.available(System.getProperty("os.name", ""), System.getenv(), System.getProperties())) {
            System.exit(LedgerCli.noWindow());
        }
        LedgerApplication.start(args, start instanceof SingleInstance.Primary p ? p.instance() : null);
    }
}
