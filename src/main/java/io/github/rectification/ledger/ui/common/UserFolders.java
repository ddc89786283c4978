package io.github.rectification.ledger.ui.common;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Where file choosers start and what they suggest: the folder last used, else the user's Documents
 * folder (never the application's own data folder), and names that say which ledger and which day.
 */
public final class UserFolders {
    /** The default ledger's file name, which says nothing about the ledger. */
    private static final String DEFAULT_LEDGER = "ledger";

    private UserFolders() {
    }

    /** The folder last used if it still exists, else Documents under {@code home}, else {@code home}. */
    public static Path start(Path lastUsed, Path home) {
        if (lastUsed != null && Files.isDirectory(lastUsed)) {
            return lastUsed;
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** {@link #start(Path, Path)} in the user's home folder. */
    public static Path start(Path lastUsed) {
        return start(lastUsed, Path.of(System.getProperty("user.home")));
    }

    /** "民政局整改台账-2026-12-03.xlsx": the ledger's name (整改台账 for the default ledger) and the day. */
    public static String exportName(Path ledger, LocalDate day, String extension) {
        String base = ledger.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (base.isBlank() || base.equalsIgnoreCase(DEFAULT_LEDGER)) {
            base = lang("export.default.name");
        }
        return base + "-" + day.format(DateTimeFormatter.ISO_LOCAL_DATE) + "." + extension;
    }
}
