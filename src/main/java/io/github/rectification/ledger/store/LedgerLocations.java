package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where ledgers live by default: the user's data folder of the operating system. */
public final class LedgerLocations {
    /** The folder name under the data folder. */
    public static final String FOLDER = "rectification-ledger";
    /** The file name of the default ledger. */
    public static final String DEFAULT_FILE = "ledger.zgtz";
    /** The file extension of ledgers. */
    public static final String EXTENSION = "zgtz";

    private LedgerLocations() {
    }

    /** The default ledger of the current user on the current system. */
    public static Path defaultLedger() {
        return defaultLedger(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System.getenv());
    }

    /**
     * The default ledger for a given system: {@code %APPDATA%\rectification-ledger\ledger.zgtz} on Windows,
     * {@code ~/Library/Application Support/rectification-ledger/ledger.zgtz} on macOS, and
     * {@code $XDG_DATA_HOME/rectification-ledger/ledger.zgtz} (default {@code ~/.local/share}) elsewhere.
     */
    public static Path defaultLedger(String osName, Path home, Map<String, String> env) {
        return dataFolder(osName, home, env).resolve(FOLDER).resolve(DEFAULT_FILE);
    }

    /** The application's own folder in the user's data folder (default ledger, logs, instance files). */
    public static Path appFolder() {
        return dataFolder(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System.getenv()).resolve(FOLDER);
    }

    /**
     * The application's folder for what belongs to this machine only (SQLite's unpacked library):
     * {@code %LOCALAPPDATA%\rectification-ledger} on Windows, which a roaming profile does not carry;
     * the {@link #appFolder} elsewhere.
     */
    public static Path localFolder() {
        return localFolder(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    static Path localFolder(String osName, Path home, Map<String, String> env) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve(FOLDER);
        }
        return dataFolder(osName, home, env).resolve(FOLDER);
    }

    private static Path dataFolder(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
    }
}
