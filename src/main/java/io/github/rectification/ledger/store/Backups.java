package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.LedgerSettings;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rolling backups of one ledger file, kept in the folder {@code <name>.backups} beside it (for
 * {@code D:\台账\2024.zgtz} that is {@code D:\台账\2024.backups\}). Each backup is a complete ledger
 * file named {@code <name>-<yyyyMMdd-HHmmss-SSS>-<kind>.zgtz}, written with SQLite's
 * {@code VACUUM INTO} from the open connection, so it is consistent even while the ledger is in use.
 * Only the newest {@link #keep} backups stay; the setting {@link LedgerSettings#BACKUPS_KEEP} of a
 * ledger changes that number.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\.zgtz");

    private final Path ledger;
    private final Path folder;

    private Backups(Path ledger) {
        this.ledger = ledger.toAbsolutePath();
        this.folder = this.ledger.resolveSibling(stem(this.ledger) + ".backups");
    }

    public static Backups forLedger(Path ledger) {
        return new Backups(ledger);
    }

    /** The folder holding the backups (it may not exist yet). */
    public Path folder() {
        return folder;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        String stem = stem(ledger);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.zgtz")) {
            for (Path p : ds) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(stem)) {
                    try {
                        out.add(new Backup(p, BackupKind.fromCode(m.group(3)),
                                LocalDateTime.parse(m.group(2), STAMP)));
                    } catch (IllegalArgumentException | java.time.DateTimeException ignored) {
                        // a file that only looks like a backup is left alone
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(Messages.TEXTS.text("backup.folderUnreadable", folder, e.getMessage()), e);
        }
        out.sort(Comparator.comparing(Backup::made).reversed());
        return out;
    }

    /** Backs up the open ledger now and drops the oldest backups beyond the ledger's number to keep. */
    public Backup make(LedgerStore store, BackupKind kind) {
        Backup b = write(kind, target -> store.database().copyTo(target));
        prune(keepOf(store));
        return b;
    }

    /**
     * Backs up the open ledger now, before a write that may still be refused (an import): the
     * oldest backups are dropped only once the write is done ({@link Provisional#keep}), and a
     * refused write takes its backup away again ({@link Provisional#discard}), so that a refusal
     * never pushes a backup out.
     */
    public Provisional makeProvisional(LedgerStore store, BackupKind kind) {
        return new Provisional(write(kind, target -> store.database().copyTo(target)), keepOf(store));
    }

    /** A backup made before a write, kept or taken away once the write is done or refused. */
    public final class Provisional {
        private final Backup backup;
        private final int keep;

        private Provisional(Backup backup, int keep) {
            this.backup = backup;
            this.keep = keep;
        }

        public Backup backup() {
            return backup;
        }

        /** The write is done: the backup stays, and the oldest beyond the number to keep go. */
        public void keep() {
            prune(keep);
        }

        /** The write was refused or failed: the backup goes, and every older one stays. */
        public void discard() {
            try {
                Files.deleteIfExists(backup.file());
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(Backups.class).warn("backup {} not removed", backup.file(), e);
            }
        }
    }

    /** Used while opening, before a migration, when there is no store yet. */
    Backup make(Connection c, BackupKind kind) {
        Backup b = write(kind, target -> {
            try {
                vacuumInto(c, target);
            } catch (SQLException e) {
                throw new StoreException(Messages.TEXTS.text("backup.failed", e.getMessage()), e);
            }
        });
        prune(LedgerSettings.BACKUPS_KEEP.defaultValue());
        return b;
    }

    /** Makes today's daily backup unless one exists; nothing for an empty or read-only ledger. */
    public Optional<Backup> dailyIfDue(LedgerStore store, LocalDate today) {
        if (store.readOnly() || store.inspections().isEmpty()) {
            return Optional.empty();
        }
        for (Backup b : list()) {
            if (b.kind() == BackupKind.DAILY && b.made().toLocalDate().equals(today)) {
                return Optional.empty();
            }
        }
        return Optional.of(make(store, BackupKind.DAILY));
    }

    /** How many backups a ledger keeps. */
    public static int keepOf(LedgerStore store) {
        return store.settings().get(LedgerSettings.BACKUPS_KEEP);
    }

    private interface Copier {
        void copy(Path target);
    }

    private Backup write(BackupKind kind, Copier copier) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Path target;
        try {
            Files.createDirectories(folder);
            target = folder.resolve(stem(ledger) + "-" + STAMP.format(now) + "-" + kind.code() + ".zgtz");
            while (Files.exists(target)) {
                now = now.plusNanos(1_000_000);
                target = folder.resolve(stem(ledger) + "-" + STAMP.format(now) + "-" + kind.code() + ".zgtz");
            }
        } catch (IOException e) {
            throw new StoreException(Messages.TEXTS.text("backup.folderNotCreated", folder, e.getMessage()), e);
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            copier.copy(part);
            selfContained(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Messages.TEXTS.text("backup.failedFor", target, e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a stray .part file is never listed as a backup
            }
        }
        return new Backup(target, kind, now);
    }

    static void vacuumInto(Connection c, Path target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /** A backup is one file: no write-ahead log beside it. */
    private static void selfContained(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new StoreException(Messages.TEXTS.text("backup.failedFor", file, e.getMessage()), e);
        }
    }

    private void prune(int keep) {
        List<Backup> all = list();
        for (int i = keep; i < all.size(); i++) {
            try {
                Files.deleteIfExists(all.get(i).file());
            } catch (IOException e) {
                throw new StoreException(Messages.TEXTS.text("backup.oldNotDeleted", all.get(i).file(), e.getMessage()), e);
            }
        }
    }

    /** Opens a backup read-only and computes its figures; fails for a damaged backup. */
    public LedgerFigures figures(Backup b, LocalDate today) throws LedgerFileException {
        try (LedgerStore s = LedgerStore.openReadOnly(b.file())) {
            return LedgerFigures.of(s.inspections().snapshot(), s.settings().countingRule(), today);
        }
    }

    /** The newest backup that passes SQLite's integrity check. */
    public Optional<Backup> newestGood() {
        for (Backup b : list()) {
            try (LedgerStore s = LedgerStore.openReadOnly(b.file())) {
                return Optional.of(b);
            } catch (LedgerFileException | StoreException e) {
                // try the next older one
            }
        }
        return Optional.empty();
    }

    /**
     * Puts a backup in place of the open ledger: checks the backup, backs up the current state
     * (kind {@link BackupKind#RESTORE}), closes the store, replaces the file and opens it again.
     * The returned store replaces {@code current}, which is closed.
     */
    public LedgerStore restore(LedgerStore current, Backup b) throws LedgerFileException {
        if (current.readOnly()) {
            throw new ReadOnlyLedgerException(current.file());
        }
        if (!current.file().equals(ledger)) {
            throw new IllegalArgumentException(b.file() + " is not a backup of " + current.file());
        }
        try (LedgerStore check = LedgerStore.openReadOnly(b.file())) {
            check.schemaVersion();
        }
        make(current, BackupKind.RESTORE);
        current.close();
        replace(b);
        return LedgerStore.openWithoutDailyBackup(ledger);
    }

    /**
     * Puts a backup in place of a ledger that cannot be opened (damaged). The damaged file is kept
     * in the backups folder as {@code <name>-<time>.damaged}. Refused while another program holds the ledger.
     */
    public LedgerStore restoreUnopenable(Backup b) throws LedgerFileException {
        try (LedgerStore check = LedgerStore.openReadOnly(b.file())) {
            check.schemaVersion();
        }
        try (WriterLock lock = WriterLock.tryAcquire(ledger)) {
            if (lock == null) {
                throw new ReadOnlyLedgerException(ledger);
            }
            if (Files.exists(ledger)) {
                Files.createDirectories(folder);
                Files.copy(ledger, folder.resolve(stem(ledger) + "-" + STAMP.format(LocalDateTime.now()) + ".damaged"));
            }
            replace(b);
        } catch (IOException e) {
            throw new LedgerFileException(ledger, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
        return LedgerStore.openWithoutDailyBackup(ledger);
    }

    private void replace(Backup b) throws LedgerFileException {
        Path temp = ledger.resolveSibling(ledger.getFileName() + ".restoring");
        try {
            Files.copy(b.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(ledger.resolveSibling(ledger.getFileName() + "-wal"));
            Files.deleteIfExists(ledger.resolveSibling(ledger.getFileName() + "-shm"));
            Files.move(temp, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerFileException(ledger, LedgerFileException.Reason.UNREADABLE,
                    Messages.TEXTS.text("backup.restoreFailed", e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // only a leftover temporary copy
            }
        }
    }
}
