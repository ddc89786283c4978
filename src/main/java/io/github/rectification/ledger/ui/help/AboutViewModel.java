package io.github.rectification.ledger.ui.help;

import io.github.rectification.ledger.desktop.LogFile;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerLocations;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Help › About tells: the version, the licence, the folders where the application keeps its
 * data and its log, and, with a ledger open, the ledger's file and its backups folder.
 */
public final class AboutViewModel {
    /** The licence the application is published under. */
    public static final String LICENCE = "Apache License 2.0";

    private final Path ledger;

    /** Tells about the ledger open now, if one is. */
    public AboutViewModel(LedgerSession session) {
        this.ledger = session.isOpen() ? session.store().file() : null;
    }

    /** The version from the jar's manifest, or "dev" when run from the build's classes. */
    public String version() {
        String v = AboutViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public String licence() {
        return LICENCE;
    }

    /** The application's folder of user data. */
    public Path dataFolder() {
        return LedgerLocations.appFolder();
    }

    /** The log file the application writes. */
    public Path logFile() {
        return LogFile.folder(dataFolder()).resolve(LogFile.NAME);
    }

    /** The open ledger's file; empty with none open. */
    public Optional<Path> ledgerFile() {
        return Optional.ofNullable(ledger);
    }

    /** The folder the open ledger's backups are kept in; empty with none open. */
    public Optional<Path> backupsFolder() {
        return ledgerFile().map(f -> Backups.forLedger(f).folder());
    }
}
