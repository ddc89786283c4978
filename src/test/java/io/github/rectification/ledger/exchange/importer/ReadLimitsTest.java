package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.ReadLimits;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.testsupport.ZipParts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits a workbook is read within refuse what no real ledger is, and let real ledgers through. */
class ReadLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aLedgerRepeatingOneBoilerplateTextCompressesFortyToOneAndImports() throws Exception {
        Path file = HostileWorkbooks.boilerplate(dir.resolve("boilerplate.xlsx"), 3_000);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry(HostileWorkbooks.SHEET);
            double ratio = (double) sheet.getSize() / sheet.getCompressedSize();
            assertThat(ratio).as("inflate ratio of the sheet").isGreaterThan(30).isLessThan(1 / ReadLimits.MIN_INFLATE_RATIO);
        }
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            ImportPlan plan = LedgerImporter.apply(file, store, ImportOptions.defaults());
            assertThat(plan.measures()).isEqualTo(3_000);
        }
    }

    @Test
    void oneLongSharedStringUsedByThousandsOfCellsIsRefusedWithoutTouchingTheLedger() throws Exception {
        Path file = HostileWorkbooks.amplified(ZipParts.read(HostileWorkbooks.seed()), 9_000).write(dir.resolve("amp.xlsx"));
        Path ledger = dir.resolve("seed.zgtz");
        SeedLedger.create(ledger).close();
        byte[] before = Files.readAllBytes(ledger);
        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThatThrownBy(() -> LedgerImporter.apply(file, store, ImportOptions.defaults()))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("amp.xlsx").hasMessageContaining("文字总量");
        }
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
        Path backups = io.github.rectification.ledger.store.Backups.forLedger(ledger).folder();
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                assertThat(files.map(Path::toString)).noneMatch(b -> b.contains("import"));
            }
        }
    }

    @Test
    void aReferenceBeyondTheGridIsRefusedNamingTheCell() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        String sheet = seed.text(HostileWorkbooks.SHEET).replace("<c r=\"D6\"", "<c r=\"ZZZZZZ6\" t=\"s\"><v>0</v></c><c r=\"D6\"");
        Path file = seed.with(HostileWorkbooks.SHEET, sheet).write(dir.resolve("grid.xlsx"));
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            assertThatThrownBy(() -> LedgerImporter.apply(file, store, ImportOptions.defaults()))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("grid.xlsx").hasMessageContaining("ZZZZZZ6").hasMessageContaining("16384");
        }
    }

    @Test
    void anXlsWhoseCellPointsAtAMissingStyleIsRefusedNamingTheCell() throws Exception {
        Path file = HostileWorkbooks.brokenXls(dir.resolve("broken.xls"));
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            assertThatThrownBy(() -> LedgerImporter.apply(file, store, ImportOptions.defaults()))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("broken.xls").hasMessageContaining("A2")
                    .hasMessageNotContaining("Index").hasMessageNotContaining("bounds");
        }
    }
}
