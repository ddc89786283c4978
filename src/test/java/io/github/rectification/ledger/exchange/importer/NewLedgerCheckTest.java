package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.testsupport.ZipParts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Into a new ledger file the workbook is checked while it is imported, its reads checking what they
 * read and the rest checked before the commit: a fault only the check finds (in a hidden sheet, which
 * the import never reads, or past the notes block of a sheet it reads) still refuses the workbook,
 * and the rows already written are rolled back.
 */
class NewLedgerCheckTest {
    @TempDir
    Path dir;

    /**
     * Imports {@code workbook} into a new ledger file, expecting a refusal whose message holds
     * {@code words}; the ledger made is asserted to hold no measure, and closed.
     */
    private void refusedIntoANewLedger(Path workbook, String... words) throws Exception {
        LedgerStore[] opened = new LedgerStore[1];
        try {
            var refusal = assertThatThrownBy(() -> LedgerImporter.apply(workbook,
                    fresh(dir.resolve("新台账.zgtz"), opened), ImportOptions.defaults()))
                    .isInstanceOf(ImportRejectedException.class);
            for (String w : words) {
                refusal.hasMessageContaining(w);
            }
            assertThat(opened[0]).as("a new ledger is opened before the workbook is checked").isNotNull();
            assertThat(opened[0].inspections().isEmpty()).isTrue();
            assertThat(opened[0].inspections().snapshot().measures()).isEmpty();
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    private static LedgerImporter.Ledger fresh(Path file, LedgerStore[] opened) {
        return LedgerImporter.Ledger.newFile(() -> opened[0] = LedgerStore.open(file));
    }

    private Path damagedHiddenSheet() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        String sheet = seed.text(HostileWorkbooks.SHEET);
        return HostileWorkbooks.withHiddenSheet(seed, "备用", sheet.substring(0, sheet.length() / 2))
                .write(dir.resolve("台账.xlsx"));
    }

    @Test
    void aFaultOnlyTheCheckFindsRollsBackWhatWasWritten() throws Exception {
        Path workbook = damagedHiddenSheet();
        refusedIntoANewLedger(workbook, "台账.xlsx", "备用");
    }

    /** A check that ends only after every row was written: the commit still waits for it. */
    @Test
    void aRefusalTheCheckReachesAfterTheRowsWereWrittenRollsThemBack() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        StringBuilder rows = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
        for (int r = 1; r <= 300_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        Path workbook = HostileWorkbooks.withHiddenSheet(seed, "备用", rows.append("<row r=\"300001\"><c").toString())
                .write(dir.resolve("长表.xlsx"));
        refusedIntoANewLedger(workbook, "备用");
    }

    @Test
    void aFaultPastTheNotesBlockOfASheetReadRollsBackWhatWasWritten() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        String notes = "<row r=\"90\"><c r=\"A90\" t=\"inlineStr\"><is><t>填表说明:按季度报送</t></is></c></row>"
                + "<row r=\"91\"><c r=\"B91\" t=\"inlineStr\"><is><t>" + "长".repeat(40_000) + "</t></is></c></row>";
        Path workbook = seed.with(HostileWorkbooks.SHEET, seed.text(HostileWorkbooks.SHEET)
                .replace("</sheetData>", notes + "</sheetData>")).write(dir.resolve("说明.xlsx"));
        refusedIntoANewLedger(workbook, "说明.xlsx", "B91");
    }

    @Test
    void theSameFaultRefusesTheWorkbookBeforeAnExistingLedgerIsOpened() throws Exception {
        Path workbook = damagedHiddenSheet();
        Path ledger = dir.resolve("台账.zgtz");
        SeedLedger.create(ledger).close();
        boolean[] asked = new boolean[1];
        assertThatThrownBy(() -> LedgerImporter.apply(workbook, () -> {
            asked[0] = true;
            return LedgerStore.open(ledger);
        }, ImportOptions.defaults())).isInstanceOf(ImportRejectedException.class).hasMessageContaining("备用");
        assertThat(asked[0]).as("the ledger is not asked for").isFalse();
    }

    @Test
    void aSoundWorkbookIsImportedIntoANewLedgerWhileItIsChecked() throws Exception {
        Path ledger = dir.resolve("新台账.zgtz");
        LedgerStore[] opened = new LedgerStore[1];
        try {
            ImportPlan plan = LedgerImporter.apply(HostileWorkbooks.seed(), fresh(ledger, opened), ImportOptions.defaults());
            assertThat(plan.measures()).isEqualTo(SeedLedger.MEASURES);
            assertThat(opened[0].inspections().snapshot().measures()).hasSize(SeedLedger.MEASURES);
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
        assertThat(Files.exists(ledger)).isTrue();
    }
}
