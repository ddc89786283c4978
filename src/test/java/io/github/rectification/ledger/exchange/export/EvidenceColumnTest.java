package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.ReturnedWorkbook;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export lists each measure's evidence in a 佐证材料 column, outside the print area; read back,
 * the names change nothing, and a text typed over them is kept in 备注, never lost.
 */
class EvidenceColumnTest {
    @TempDir
    Path dir;

    private static int rowOf(Sheet sheet, String uid) {
        for (Row r : sheet) {
            if (r.getCell(ExportLayout.MEASURE_UID) != null
                    && uid.equals(r.getCell(ExportLayout.MEASURE_UID).getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(uid);
    }

    @Test
    void theNamesAreListedOutsideThePrintAreaAndReadBackAsNothingChanged() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        Path export = dir.resolve("导出.xlsx");
        String uid;
        String other;
        try (LedgerStore store = SeedLedger.create(ledger)) {
            List<Measure> all = store.inspections().snapshot().measures();
            uid = store.history().uidOf(RecordKind.MEASURE, all.get(0).id());
            other = store.history().uidOf(RecordKind.MEASURE, all.get(1).id());
            store.evidence().attach(EvidenceOwner.measure(uid), List.of(Files.writeString(dir.resolve("会议记录.pdf"), "a"),
                    Files.writeString(dir.resolve("整改照片.jpg"), "b")));
            store.evidence().attach(EvidenceOwner.measure(other), List.of(Files.writeString(dir.resolve("制度文件.docx"), "c")));
            new LedgerExporter(store).export(export, ExportProgress.NONE);
        }
        try (InputStream in = Files.newInputStream(export); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(ExportLayout.HEADER_ROW).getCell(ExportLayout.EVIDENCE).getStringCellValue())
                    .isEqualTo("佐证材料");
            assertThat(sheet.getRow(rowOf(sheet, uid)).getCell(ExportLayout.EVIDENCE).getStringCellValue())
                    .isEqualTo("会议记录.pdf、整改照片.jpg");
            assertThat(sheet.isColumnHidden(ExportLayout.EVIDENCE)).isFalse();
            assertThat(sheet.isColumnHidden(ExportLayout.EVIDENCE_WRITTEN)).isTrue();
            String area = wb.getPrintArea(0);
            assertThat(area).as("the print area keeps to the ledger's columns").contains("$A").contains("$M")
                    .doesNotContain("$S");
        }

        // read back into its ledger: nothing changes
        try (LedgerStore store = LedgerStore.open(ledger)) {
            List<Measure> before = store.inspections().snapshot().measures();
            ImportPlan plan = LedgerImporter.apply(export, store, ImportOptions.defaults());
            assertThat(plan.updated()).isZero();
            assertThat(store.inspections().snapshot().measures()).isEqualTo(before);
        }

        // a text typed over the names is kept in 备注
        try (ReturnedWorkbook wb = ReturnedWorkbook.open(export)) {
            wb.set(other, ExportLayout.EVIDENCE, "另报会议纪要1份").saveAs(export);
        }
        try (LedgerStore store = LedgerStore.open(ledger)) {
            LedgerImporter.apply(export, store, ImportOptions.defaults());
            long id = store.history().idOfUid(RecordKind.MEASURE, other).orElseThrow();
            assertThat(store.inspections().measure(id).orElseThrow().remarks()).contains("佐证材料:另报会议纪要1份");
            long first = store.history().idOfUid(RecordKind.MEASURE, uid).orElseThrow();
            assertThat(store.inspections().measure(first).orElseThrow().remarks()).doesNotContain("佐证材料");
        }
    }

    @Test
    void aLedgerWithoutEvidenceExportsNoSuchColumn() throws Exception {
        Path export = dir.resolve("无佐证.xlsx");
        try (LedgerStore store = SeedLedger.create(dir.resolve("无佐证.zgtz"))) {
            new LedgerExporter(store).export(export, ExportProgress.NONE);
        }
        try (InputStream in = Files.newInputStream(export); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row header = wb.getSheetAt(0).getRow(ExportLayout.HEADER_ROW);
            assertThat(header.getCell(ExportLayout.EVIDENCE)).isNull();
        }
    }
}
