package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.Samples;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office sheet without a 完成时间 column marks measures 已完成 with no date: by the ledger's setting
 * they stay without one (the default) or get the day of the import.
 */
class CompletionDatesTest {
    @TempDir
    Path dir;

    /** The seed workbook is an office sheet without a 完成时间 column. */
    private static Path withoutCompletionDates() {
        return Samples.dir().resolve("seed-ledger.xlsx");
    }

    private static List<Measure> done(LedgerStore store) {
        return store.inspections().snapshot().measures().stream().filter(m -> m.status() == Status.DONE).toList();
    }

    @Test
    void byDefaultAMeasureDoneWithoutADateStaysWithoutOne() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("默认.zgtz"))) {
            LedgerImporter.apply(withoutCompletionDates(), store, ImportOptions.defaults());
            assertThat(done(store)).isNotEmpty().allMatch(m -> m.completedOn() == null);
        }
    }

    @Test
    void withTheSettingAMeasureDoneWithoutADateGetsTheDayOfTheImport() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("取导入日期.zgtz"))) {
            CompletionDates.setFromImportDate(store, true);
            assertThat(CompletionDates.fromImportDate(store)).isTrue();
            LocalDate before = LocalDate.now();
            ImportPlan plan = LedgerImporter.apply(withoutCompletionDates(), store, ImportOptions.defaults());
            LocalDate after = LocalDate.now();
            assertThat(done(store)).isNotEmpty().allSatisfy(m ->
                    assertThat(m.completedOn()).isBetween(before, after));
            assertThat(store.inspections().snapshot().measures()).filteredOn(m -> m.status() != Status.DONE)
                    .allMatch(m -> m.completedOn() == null);
            assertThat(plan.items(ImportPlan.Change.ADDED)).isNotEmpty();
        }
    }

    @Test
    void withTheSettingAnEmptyCellKeepsTheDateTheLedgerHas() throws Exception {
        Path ledger = dir.resolve("往返.zgtz");
        Path export = dir.resolve("导出.xlsx");
        try (LedgerStore store = LedgerStore.open(ledger)) {
            LedgerImporter.apply(withoutCompletionDates(), store, ImportOptions.defaults());
            LocalDate day = LocalDate.of(2022, 6, 30);
            for (Measure m : done(store)) {
                store.inspections().update(m.withCompletedOn(day));
            }
            List<Measure> dated = done(store);
            assertThat(dated).isNotEmpty().allMatch(m -> day.equals(m.completedOn()));
            new io.github.rectification.ledger.exchange.export.LedgerExporter(store).export(export,
                    io.github.rectification.ledger.exchange.export.ExportProgress.NONE);
            blankColumn(export, "完成时间");
            CompletionDates.setFromImportDate(store, true);
            LedgerImporter.apply(export, store, ImportOptions.defaults());
            for (Measure m : dated) {
                assertThat(store.inspections().measure(m.id()).orElseThrow().completedOn()).isEqualTo(m.completedOn());
            }
        }
    }

    /** Empties the cells under a header of every sheet, keeping the header. */
    private static void blankColumn(Path file, String header) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                int column = -1;
                int headerRow = -1;
                for (int r = 0; r < 8 && column < 0 && r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    for (Cell c : row == null ? List.<Cell>of() : row) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().strip().equals(header)) {
                            column = c.getColumnIndex();
                            headerRow = r;
                        }
                    }
                }
                for (int r = headerRow + 1; column >= 0 && r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row != null && row.getCell(column) != null) {
                        row.getCell(column).setBlank();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
