package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.Launcher;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile file is imported or refused (exit 3) by the command line in a JVM of 512 MB, with
 * one message on standard error and no stack trace; a refusal leaves the ledger's bytes as they
 * were and keeps no import backup (a file that must be refused makes no backup at all); into a new
 * ledger file it leaves no file.
 */
class HostileImportTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyHostileFileIsImportedOrRefusedCleanly() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        List<HostileWorkbooks.Case> cases = HostileWorkbooks.all(files);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /**
     * Into a ledger file that does not exist yet, where the workbook is checked while it is
     * imported: the same answer, and a refusal leaves no file behind.
     */
    @TestFactory
    Stream<DynamicTest> intoANewLedgerEveryHostileFileIsImportedOrRefusedLeavingNoFile() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files-new"));
        List<HostileWorkbooks.Case> cases = HostileWorkbooks.all(files);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> checkNew(c)));
    }

    private void checkNew(HostileWorkbooks.Case c) throws Exception {
        Path work = Files.createDirectories(dir.resolve("new-" + Integer.toHexString(c.name().hashCode())));
        Path ledger = work.resolve("台账.zgtz");

        Run run = Run.child(work, "import", c.file().toString(), "--db", ledger.toString());

        assertAnswered(c, run);
        try (Stream<Path> left = Files.list(work)) {
            List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("台账")).toList();
            if (run.code() == LedgerCli.REJECTED) {
                assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
                assertThat(run.err()).contains(c.file().getFileName().toString());
                assertThat(names).as("files left by a refused import into a new ledger").isEmpty();
            } else {
                assertThat(names).contains("台账.zgtz");
            }
        }
    }

    @Test
    void aRefusedImportIntoANewLedgerInNewFoldersLeavesNoFolder() throws Exception {
        HostileWorkbooks.Case bomb = HostileWorkbooks.all(Files.createDirectories(dir.resolve("files-folders"))).stream()
                .filter(c -> c.name().equals("hidden sheet XML cut short")).findFirst().orElseThrow();
        Path work = Files.createDirectories(dir.resolve("folders"));
        Path ledger = work.resolve("新建").resolve("二级").resolve("台账.zgtz");

        Run run = Run.child(work, "import", bomb.file().toString(), "--db", ledger.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(LedgerCli.REJECTED);
        assertThat(work.resolve("新建")).doesNotExist();
    }

    /** The exit the case expects, with no stack trace or library noise on standard error. */
    private static void assertAnswered(HostileWorkbooks.Case c, Run run) {
        assertThat(run.err()).as(c.name()).doesNotContain("\tat ", "Exception", "SLF4J", "WARN");
        switch (c.expect()) {
            case IMPORT -> assertThat(run.code()).as(c.name() + ": " + run.err()).isZero();
            case REJECT -> assertThat(run.code()).as(c.name() + ": " + run.err()).isEqualTo(LedgerCli.REJECTED);
            case EITHER -> assertThat(run.code()).as(c.name() + ": " + run.err()).isIn(0, LedgerCli.REJECTED);
        }
    }

    private void check(HostileWorkbooks.Case c) throws Exception {
        Path work = Files.createDirectories(dir.resolve("run-" + Integer.toHexString(c.name().hashCode())));
        Path ledger = work.resolve("台账.zgtz");
        SeedLedger.create(ledger).close();
        String before = sha256(ledger);
        List<String> backupsBefore = listing(Backups.forLedger(ledger).folder());

        Run run = Run.child(work, "import", c.file().toString(), "--db", ledger.toString());

        assertAnswered(c, run);
        if (run.code() == LedgerCli.REJECTED) {
            assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains(c.file().getFileName().toString());
            assertThat(sha256(ledger)).as("ledger bytes after a refusal").isEqualTo(before);
            List<String> backupsAfter = listing(Backups.forLedger(ledger).folder());
            if (c.expect() == HostileWorkbooks.Expect.REJECT) {
                // refused before the ledger is opened: not even the day's first backup
                assertThat(backupsAfter).as("backups after a refusal").isEqualTo(backupsBefore);
            } else {
                // a file refused for what it holds is refused once the ledger was opened (and read):
                // the day's backup of opening it may be made, no import backup is kept
                assertThat(backupsAfter).as("backups after a refusal").containsAll(backupsBefore)
                        .noneMatch(b -> b.contains("-import"));
            }
        } else {
            Path out = Files.createDirectories(work.resolve("out"));
            CliRun export = CliRun.of("export", out.resolve("导出.xlsx").toString(), "--db", ledger.toString());
            assertThat(export.code()).as("export after " + c.name() + ": " + export.err()).isZero();
            assertThat(out.resolve("导出.xlsx")).isRegularFile();
            CliRun dump = CliRun.of("dump", "--db", ledger.toString(), "--json");
            assertThat(dump.out()).doesNotContain("root:x:0");
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    /** The command line run in a JVM of its own with a heap of 512 MB. */
    record Run(int code, String out, String err) {
        static Run child(Path work, String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Djava.awt.headless=true", "-Duser.home=" + work, "-cp",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Launcher.class.getName()));
            cmd.addAll(List.of(args));
            Path out = work.resolve("stdout.txt");
            Path err = work.resolve("stderr.txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the command did not end: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }
}
