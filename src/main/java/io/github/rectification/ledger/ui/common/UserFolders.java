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
        String base = ledgerName(ledger);
        return (base == null ? lang("export.default.name") : base) + "-" + day.format(DateTimeFormatter.ISO_LOCAL_DATE)
                + "." + extension;
    }

    /**
     * "民政局整改台账-整改情况汇总-2026-12-03.pdf": the ledger's name, what the file is and the day; only what
     * it is and the day for the default ledger.
     */
    public static String reportName(Path ledger, String what, LocalDate day, String extension) {
        String base = ledgerName(ledger);
        return (base == null ? what : base + "-" + what) + "-" + day.format(DateTimeFormatter.ISO_LOCAL_DATE)
                + "." + extension;
    }

    /** "民政局整改台账-下发-2026-12-07": a folder named as {@link #reportName} names a file, without an ending. */
    public static String folderName(Path ledger, String what, LocalDate day) {
        String name = reportName(ledger, what, day, "x");
        return name.substring(0, name.length() - 2);
    }

    /** {@code file} with {@code .extension} added when the name typed has another ending or none. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }

    /** The ledger file's name without its ending, or null for the default ledger, whose name says nothing. */
    private static String ledgerName(Path ledger) {
        if (ledger == null || ledger.getFileName() == null) {
            return null;
        }
        String base = ledger.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return base.isBlank() || base.equalsIgnoreCase(DEFAULT_LEDGER) ? null : base;
    }
}
