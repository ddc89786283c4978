package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.Samples;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds read from sheets under one title are told apart by their sheets, each of them, and keep the group the title names. */
class RoundNamesTest {
    @TempDir
    Path dir;

    /** The seed ledger's sheet under its own name, a copy for the 回头看 and another sheet of another title. */
    private Path workbook(String... names) throws Exception {
        Path file = dir.resolve("rounds.xlsx");
        try (InputStream in = Files.newInputStream(Samples.dir().resolve("seed-ledger.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.setSheetName(0, names[0]);
            for (int i = 1; i < names.length; i++) {
                wb.cloneSheet(0, names[i]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static String title() throws Exception {
        try (InputStream in = Files.newInputStream(Samples.dir().resolve("seed-ledger.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().strip();
        }
    }

    @Test
    void everyRoundOfASharedTitleIsNamedWithItsSheet() throws Exception {
        String title = title();
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            ImportPlan plan = LedgerImporter.apply(workbook("2021年常规巡察", "2022年巡察回头看"), store,
                    ImportOptions.defaults());
            List<Inspection> rounds = store.inspections().all();
            assertThat(rounds).extracting(Inspection::name)
                    .containsExactly(title + "（2021年常规巡察）", title + "（2022年巡察回头看）");
            assertThat(rounds).allSatisfy(i -> assertThat(i.inspectionGroup()).isNotBlank().contains("巡察"));
            assertThat(plan.items(ImportPlan.Change.ADDED)).filteredOn(it -> it.kind() == ImportPlan.Kind.INSPECTION)
                    .extracting(ImportPlan.Item::label).containsExactlyElementsOf(rounds.stream().map(Inspection::name).toList());

            // imported again, nothing is added twice: the workbook is refused, the ledger as it was
            int measures = store.inspections().snapshot().measures().size();
            assertThatThrownBy(() -> LedgerImporter.apply(workbook("2021年常规巡察", "2022年巡察回头看"), store,
                    ImportOptions.defaults()))
                    .isInstanceOf(io.github.rectification.ledger.exchange.read.ImportRejectedException.class)
                    .hasMessageContaining("rounds.xlsx").hasMessageContaining("已导入过")
                    .hasMessageContaining(title + "（2021年常规巡察）");
            assertThat(store.inspections().all()).extracting(Inspection::name)
                    .containsExactly(title + "（2021年常规巡察）", title + "（2022年巡察回头看）");
            assertThat(store.inspections().snapshot().measures().size()).isEqualTo(measures);
        }
    }

    @Test
    void aWorkbookWithANewRoundBesideOnesReadBeforeAddsOnlyTheNewOne() throws Exception {
        String title = title();
        try (LedgerStore store = LedgerStore.open(dir.resolve("more.zgtz"))) {
            LedgerImporter.apply(workbook("2021年常规巡察"), store, ImportOptions.defaults());
            int measures = store.inspections().snapshot().measures().size();
            ImportPlan plan = LedgerImporter.apply(workbook("2021年常规巡察", "2022年巡察回头看"), store,
                    ImportOptions.defaults());
            // the first sheet's round is the one read before; the second sheet is a new round
            assertThat(plan.readBefore()).containsOnlyKeys("2021年常规巡察");
            assertThat(plan.sheets()).filteredOn(n -> n.sheet().equals("2021年常规巡察")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.imported()).isFalse();
                        assertThat(n.note()).contains("已从这个工作表导入过");
                    });
            assertThat(store.inspections().all()).hasSize(2);
            assertThat(store.inspections().snapshot().measures().size()).isEqualTo(2 * measures);
            assertThat(plan.added()).isEqualTo(1 + 14 + measures);
        }
    }

    @Test
    void aTitleOfOneSheetOnlyIsTheRoundsName() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("one.zgtz"))) {
            LedgerImporter.apply(workbook("2021年常规巡察"), store, ImportOptions.defaults());
            assertThat(store.inspections().all()).extracting(Inspection::name).containsExactly(title());
        }
    }
}
