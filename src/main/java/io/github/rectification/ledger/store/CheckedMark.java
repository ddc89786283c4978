package io.github.rectification.ledger.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * What spares a repeated integrity check: {@code <ledger>.checked} beside the ledger notes the file
 * as this application left it when it closed a ledger that had passed {@code PRAGMA quick_check}
 * on opening (or had been spared it by this mark) and met no damage since, or as a read-only open
 * found it that passed the check with nothing written meanwhile: the day, the file's size,
 * modification time and file id. An open on the same day that finds the file so, with no write-ahead
 * log or rollback journal beside it, skips the check; any other open checks in full (the first open
 * of a day, a file written or copied by anything else, a crash, a mark that cannot be read).
 */
final class CheckedMark {
    /** The files a reader of this process met damage in since they last passed a check: noted by no one. */
    private static final java.util.Set<Path> DAMAGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private CheckedMark() {
    }

    /**
     * A reader met damage in the ledger: drops the mark, and no writer of this process (the window's,
     * beside its readers) notes the file again until it has passed a check.
     */
    static void damaged(Path ledger) {
        DAMAGED.add(ledger.toAbsolutePath());
        forget(ledger);
    }

    /** The ledger passed the integrity check: what a reader met before is behind it (a restore put a good file there). */
    static void passed(Path ledger) {
        DAMAGED.remove(ledger.toAbsolutePath());
    }

    static Path markOf(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".checked");
    }

    /** True when the ledger is as the mark notes it, today. */
    static boolean holds(Path ledger, LocalDate today) {
        try {
            Path mark = markOf(ledger);
            if (!Files.isRegularFile(mark) || pending(ledger)) {
                return false;
            }
            Optional<String> now = signature(ledger);
            String noted = Files.readString(mark, StandardCharsets.UTF_8).strip();
            return now.isPresent() && noted.equals(today + " " + now.get());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Notes the ledger as it is now; a failure only costs the next open a full check. */
    static void record(Path ledger, LocalDate today) {
        Path mark = markOf(ledger);
        try {
            if (pending(ledger) || DAMAGED.contains(ledger.toAbsolutePath())) {
                Files.deleteIfExists(mark);
                return;
            }
            Optional<String> now = signature(ledger);
            if (now.isEmpty()) {
                Files.deleteIfExists(mark);
                return;
            }
            Files.writeString(mark, today + " " + now.get() + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CheckedMark.class).debug("{}: integrity mark not written", ledger, e);
            forget(ledger);
        }
    }

    /**
     * The ledger's state before a check of a read-only open, to be noted if the check passes and the
     * file is still so ({@link #recordUnchanged}); empty when SQLite has something to replay.
     */
    static Optional<String> before(Path ledger) {
        try {
            return pending(ledger) ? Optional.empty() : signature(ledger);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Notes a ledger that passed the check of a read-only open when it is still as it was {@code
     * before} the check: nothing wrote it meanwhile, so the next open of the day is spared the check
     * as after a write. A file changed meanwhile is not noted (a mark it had no longer matches it).
     */
    static void recordUnchanged(Path ledger, LocalDate today, Optional<String> before) {
        if (before.isEmpty() || !before.equals(before(ledger)) || DAMAGED.contains(ledger.toAbsolutePath())) {
            return;
        }
        try {
            Files.writeString(markOf(ledger), today + " " + before.get() + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CheckedMark.class).debug("{}: integrity mark not written", ledger, e);
        }
    }

    /** Drops the mark: the next open checks in full. */
    static void forget(Path ledger) {
        try {
            Files.deleteIfExists(markOf(ledger));
        } catch (IOException ignored) {
            // a stale mark no longer matches the file once it changed
        }
    }

    /** A write-ahead log or rollback journal with content beside the ledger: SQLite has something to replay. */
    private static boolean pending(Path ledger) throws IOException {
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Path p = ledger.resolveSibling(ledger.getFileName() + suffix);
            if (Files.exists(p) && Files.size(p) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> signature(Path ledger) throws IOException {
        BasicFileAttributes a = Files.readAttributes(ledger, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            return Optional.empty();
        }
        java.time.Instant t = a.lastModifiedTime().toInstant();
        return Optional.of(a.size() + " " + t.getEpochSecond() + "." + t.getNano() + " " + a.fileKey());
    }
}
