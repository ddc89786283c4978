package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rectification.ledger.Launcher;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger this user may not write: {@code import} refuses it (exit 3) before any backup, and
 * {@code stats}/{@code dump} read it also in a folder this user may not write to. Permissions are
 * not enforced for root, so under root the commands run as the user {@code nobody} (setpriv), with
 * the class path copied where that user can read it; without setpriv the tests are skipped.
 */
class ReadOnlyLedgerTest {
    @TempDir
    Path dir;

    private Path ledger;

    @BeforeEach
    void seed() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        ledger = Files.createDirectories(dir.resolve("ledgers")).resolve("台账.zgtz");
        SeedLedger.create(ledger).close();
    }

    @Test
    void aReadOnlyLedgerFileIsRefusedBeforeAnyBackup() throws Exception {
        Files.setPosixFilePermissions(ledger.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(ledger, PosixFilePermissions.fromString("r--r--r--"));
        Path backups = io.github.rectification.ledger.store.Backups.forLedger(ledger).folder();
        List<String> before = listing(ledger.getParent());
        String sha = HostileImportTest.sha256(ledger);

        // the workbook copied where the user nobody can read it (the checkout may be closed to others)
        Path workbook = dir.resolve("seed-ledger.xlsx");
        Files.copy(io.github.rectification.ledger.testsupport.HostileWorkbooks.seed(), workbook);
        Files.setPosixFilePermissions(workbook, PosixFilePermissions.fromString("rw-r--r--"));
        Result r = runAsUnprivileged("import", workbook.toString(), "--db", ledger.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(LedgerCli.REJECTED);
        assertThat(r.err()).contains("只读").doesNotContain("SQLITE", "\tat ");
        assertThat(HostileImportTest.sha256(ledger)).isEqualTo(sha);
        assertThat(before).doesNotContain(backups.getFileName().toString());
        assertThat(backups).as("no backup is made of a ledger that cannot be written").doesNotExist();
    }

    @Test
    void statsAndDumpReadALedgerInAFolderNobodyMayWrite() throws Exception {
        Files.setPosixFilePermissions(ledger, PosixFilePermissions.fromString("rw-r--r--"));
        Files.deleteIfExists(ledger.resolveSibling("台账.zgtz.lock"));
        Files.setPosixFilePermissions(ledger.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> before = listing(ledger.getParent());
        try {
            Result stats = runAsUnprivileged("stats", "--db", ledger.toString(), "--json");
            Result dump = runAsUnprivileged("dump", "--db", ledger.toString(), "--json");

            assertThat(stats.code()).as(stats.err()).isZero();
            assertThat(stats.out()).contains("\"measures\"");
            assertThat(dump.code()).as(dump.err()).isZero();
            assertThat(dump.out()).contains(SeedLedger.INSPECTION_NAME);
            assertThat(listing(ledger.getParent())).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(ledger.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private record Result(int code, String out, String err) {
    }

    private Result runAsUnprivileged(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if ("root".equals(System.getProperty("user.name"))) {
            Path setpriv = Path.of("/usr/bin/setpriv");
            assumeTrue(Files.isExecutable(setpriv), "running as root without setpriv: permissions are not enforced");
            cmd.addAll(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
            classPath = readableCopy(classPath);
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-cp", classPath, Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The class path copied into the temporary folder, jars and class folders alike, readable by the
     * user nobody: the checkout itself may be in a folder only its owner can enter.
     */
    private String readableCopy(String classPath) throws Exception {
        Path copies = dir.resolve("cp");
        Path list = dir.resolve("cp.txt");
        if (Files.isRegularFile(list)) {
            return Files.readString(list);
        }
        Files.createDirectories(copies);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String e : classPath.split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (!Files.exists(p)) {
                continue;
            }
            Path copy = copies.resolve((n++) + "-" + p.getFileName());
            try (Stream<Path> tree = Files.walk(p)) {
                for (Path from : (Iterable<Path>) tree::iterator) {
                    Path to = copy.resolve(p.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                    } else {
                        Files.copy(from, to);
                        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
            entries.add(copy.toString());
        }
        Files.setPosixFilePermissions(copies, PosixFilePermissions.fromString("rwxr-xr-x"));
        String copied = String.join(File.pathSeparator, entries);
        Files.writeString(list, copied);
        return copied;
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
