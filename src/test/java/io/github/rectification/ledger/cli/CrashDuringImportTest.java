package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.Launcher;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.bench.SyntheticLedger;
import io.github.rectification.ledger.bench.SyntheticWorkbook;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.LedgerChecks;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed in the middle of its transaction (the process gone at once, as in a power cut
 * or a killed program) leaves the ledger as it was before the import, readable and writable.
 */
class CrashDuringImportTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheLedgerAsItWas() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        SeedLedger.create(ledger).close();
        Ledger before;
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            before = store.inspections().snapshot();
        }
        Path workbook = dir.resolve("大台账.xlsx");
        SyntheticWorkbook.write(new SyntheticLedger(20_000), workbook);

        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Launcher.class.getName(), "import", workbook.toString(), "--db", ledger.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("import.log").toFile()).start();
        // the rollback journal exists while the import's transaction writes the file; a journal
        // that stays for 200 ms is the import's long transaction, not a short write around it
        Path journal = ledger.resolveSibling(ledger.getFileName() + "-journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long seenSince = -1;
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (!Files.exists(journal)) {
                seenSince = -1;
            } else if (seenSince < 0) {
                seenSince = System.nanoTime();
            } else if (System.nanoTime() - seenSince > TimeUnit.MILLISECONDS.toNanos(200)) {
                break;
            }
            Thread.sleep(1);
        }
        boolean caughtWriting = p.isAlive() && Files.exists(journal);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(caughtWriting).as("the import was killed while writing").isTrue();
        assertThat(journal).exists();

        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThat(store.inspections().snapshot()).isEqualTo(before);
            assertThat(store.readOnly()).isFalse();
        }
        LedgerChecks.assertIntact(ledger);
        // and the same import then goes through
        CliRun again = CliRun.of("import", workbook.toString(), "--db", ledger.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(store.inspections().snapshot().measures()).hasSize(SeedLedger.MEASURES + 20_000);
        }
    }
}
