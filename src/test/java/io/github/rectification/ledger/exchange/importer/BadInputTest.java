package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.BadWorkbooks;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not readable ledgers are refused with a message naming the file, and the ledger stays as it was. */
class BadInputTest {
    @TempDir
    Path dir;
    private Path ledger;
    private Path seed;

    @BeforeEach
    void setUp() throws Exception {
        ledger = dir.resolve("office.zgtz");
        SeedLedger.create(ledger).close();
        seed = Samples.dir().resolve("seed-ledger.xlsx");
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private ImportRejectedException refused(Path workbook, String password) throws Exception {
        String before = sha256(ledger);
        ImportRejectedException[] caught = new ImportRejectedException[1];
        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThatThrownBy(() -> LedgerImporter.apply(workbook, store,
                    ImportOptions.defaults().withPassword(password)))
                    .isInstanceOfSatisfying(ImportRejectedException.class, e -> caught[0] = e)
                    .hasMessageContaining(workbook.getFileName().toString());
            assertThat(store.inspections().snapshot().measures()).hasSize(SeedLedger.MEASURES);
        }
        assertThat(sha256(ledger)).as("ledger file unchanged").isEqualTo(before);
        return caught[0];
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(refused(BadWorkbooks.empty(dir), null)).hasMessageContaining("空");
    }

    @Test
    void truncatedFile() throws Exception {
        assertThat(refused(BadWorkbooks.truncated(dir, seed), null)).hasMessageContaining("损坏或不完整");
    }

    @Test
    void csvRenamedXlsx() throws Exception {
        assertThat(refused(BadWorkbooks.csvRenamed(dir), null)).hasMessageContaining("CSV");
    }

    @Test
    void docxRenamedXlsx() throws Exception {
        assertThat(refused(BadWorkbooks.docxRenamed(dir), null)).hasMessageContaining("Word");
    }

    @Test
    void docRenamedXlsx() throws Exception {
        assertThat(refused(BadWorkbooks.docRenamed(dir), null)).hasMessageContaining("Word");
    }

    @Test
    void workbookWithoutALedger() throws Exception {
        ImportRejectedException e = refused(BadWorkbooks.noLedger(dir), null);
        assertThat(e.reason()).isEqualTo(ImportRejectedException.Reason.NO_LEDGER);
        assertThat(e).hasMessageContaining("没有找到整改台账").hasMessageContaining("人员");
    }

    @Test
    void zipBombIsStoppedByPoisSafeguard() throws Exception {
        Path bomb = BadWorkbooks.zipBomb(dir, seed, 200);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThat(refused(bomb, null)).hasMessageContaining("压缩炸弹");
    }

    @Test
    void encryptedWorkbookNeedsItsPassword() throws Exception {
        Path locked = BadWorkbooks.encrypted(dir, seed, "巡察2022");
        assertThat(refused(locked, null).reason()).isEqualTo(ImportRejectedException.Reason.PASSWORD_REQUIRED);
        ImportRejectedException wrong = refused(locked, "wrong");
        assertThat(wrong.reason()).isEqualTo(ImportRejectedException.Reason.WRONG_PASSWORD);
        assertThat(wrong).hasMessageContaining("密码不正确");
        Path fresh = dir.resolve("fresh.zgtz");
        try (LedgerStore store = LedgerStore.open(fresh)) {
            ImportPlan plan = LedgerImporter.apply(locked, store, ImportOptions.defaults().withPassword("巡察2022"));
            assertThat(plan.measures()).isEqualTo(38);
            assertThat(store.inspections().snapshot().measures()).hasSize(38);
        }
    }

    /** A workbook of many sheets without a ledger is refused in one line that names a few of them, not all. */
    @Test
    void manySheetsWithoutALedgerAreNamedTogether() throws Exception {
        Path file = dir.resolve("forty-sheets.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(file)) {
            for (int i = 1; i <= 40; i++) {
                wb.createSheet("表" + i).createRow(0).createCell(0).setCellValue("季度销售额 " + i);
            }
            wb.write(out);
        }
        String message = refused(file, null).getMessage();
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains("“表1”、“表2”、“表3”等 40 个工作表").doesNotContain("表4”");
        assertThat(message.length()).as(message).isLessThan(200);
    }
}
