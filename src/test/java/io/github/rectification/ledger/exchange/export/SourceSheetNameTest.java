package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.Samples;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger read from a workbook is exported under the names its sheets had there. */
class SourceSheetNameTest {
    static final String FIRST = "2022年第三轮巡察整改台账（市民政局）";
    static final String SECOND = "回头看台账";

    @TempDir
    Path dir;

    /** The seed ledger's sheet twice, under the office's own names. */
    private Path officeWorkbook() throws Exception {
        Path file = dir.resolve("office.xlsx");
        try (InputStream in = Files.newInputStream(Samples.dir().resolve("seed-ledger.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.setSheetName(0, FIRST);
            wb.cloneSheet(0, SECOND);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static List<String> sheetNames(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void theExportKeepsTheSourceSheetNamesAndSoDoesItsReimport() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            LedgerImporter.apply(officeWorkbook(), store, ImportOptions.defaults());
            assertThat(store.inspections().all()).hasSize(2);
            Path exported = dir.resolve("exported.xlsx");
            new LedgerExporter(store).export(exported, ExportProgress.NONE);
            assertThat(sheetNames(exported)).startsWith(FIRST, SECOND);

            ImportPlan again = LedgerImporter.apply(exported, store, ImportOptions.defaults());
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isZero();
            Path twice = dir.resolve("twice.xlsx");
            new LedgerExporter(store).export(twice, ExportProgress.NONE);
            assertThat(sheetNames(twice)).startsWith(FIRST, SECOND);
        }
    }

    @Test
    void anInspectionNotReadFromAWorkbookIsNamedByItsTitle() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("typed.zgtz"))) {
            SampleLedger.fill(store);
            assertThat(store.inspections().sourceSheets()).isEmpty();
            Path exported = dir.resolve("typed.xlsx");
            new LedgerExporter(store).export(exported, ExportProgress.NONE);
            assertThat(sheetNames(exported).get(0)).isEqualTo(LedgerExporterTest.FIRST_SHEET);
        }
    }
}
