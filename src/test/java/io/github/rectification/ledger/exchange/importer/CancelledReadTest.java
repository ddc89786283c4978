package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.HostileWorkbooks;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.testsupport.ZipParts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel while an .xlsx sheet is read (asked every 1,024 rows) ends the import as cancelled, not as
 * a refusal of the workbook: what the row handler throws is not the workbook's fault.
 */
class CancelledReadTest {
    @TempDir
    Path dir;

    private Path longWorkbook() throws Exception {
        ZipParts seed = ZipParts.read(HostileWorkbooks.seed());
        return seed.with(HostileWorkbooks.SHEET, rows(seed.text(HostileWorkbooks.SHEET), 3_000))
                .write(dir.resolve("长台账.xlsx"));
    }

    /** The sheet with {@code n} rows of one cell each after its own. */
    private static String rows(String sheet, int n) {
        StringBuilder extra = new StringBuilder();
        for (int r = 100; r < 100 + n; r++) {
            extra.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        return sheet.replace("</sheetData>", extra + "</sheetData>");
    }

    @Test
    void aCancelledPreviewIsCancelled() throws Exception {
        Path workbook = longWorkbook();
        try (LedgerStore store = SeedLedger.create(dir.resolve("台账.zgtz"))) {
            assertThatThrownBy(() -> LedgerImporter.preview(workbook, store,
                    ImportOptions.defaults().withCancel(() -> true))).isInstanceOf(ImportCancelledException.class);
        }
    }

    @Test
    void aCancelledImportIntoANewLedgerIsCancelledAndWritesNothing() throws Exception {
        Path workbook = longWorkbook();
        LedgerStore[] opened = new LedgerStore[1];
        try {
            assertThatThrownBy(() -> LedgerImporter.apply(workbook,
                    LedgerImporter.Ledger.newFile(() -> opened[0] = LedgerStore.open(dir.resolve("新台账.zgtz"))),
                    ImportOptions.defaults().withCancel(() -> true))).isInstanceOf(ImportCancelledException.class);
            assertThat(opened[0].inspections().isEmpty()).isTrue();
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }
}
