package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.ImportWarning;
import io.github.rectification.ledger.exchange.importer.ImportPlan.Change;
import io.github.rectification.ledger.exchange.importer.ImportPlan.Kind;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.Samples;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported ledger edited in Excel (here with POI) and imported back updates exactly what was edited. */
class ReimportTest {
    @TempDir
    Path dir;
    LedgerStore store;
    Path exported;

    @BeforeEach
    void setUp() throws Exception {
        store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        LedgerImporter.apply(Samples.dir().resolve("synthetic-500.xlsx"), store, ImportOptions.defaults());
        exported = dir.resolve("exported.xlsx");
        new LedgerExporter(store).export(exported, ExportProgress.NONE);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void anUnchangedExportImportsAsNoChange() throws Exception {
        Ledger before = store.inspections().snapshot();
        ImportPlan plan = LedgerImporter.apply(exported, store, ImportOptions.defaults());
        assertThat(plan.roundTrip()).isTrue();
        assertThat(plan.added()).isZero();
        assertThat(plan.updated()).isZero();
        assertThat(plan.deleted()).isZero();
        assertThat(plan.count(Change.UNCHANGED, Kind.MEASURE)).isEqualTo(500);
        assertThat(store.inspections().snapshot()).isEqualTo(before);
    }

    /** The edits someone makes in Excel: a status, a progress text, a new row, a deleted row. */
    private record Edits(String statusUid, String progressUid, String deletedUid, String problemUidOfNewRow) {
    }

    private static final String NEW_PROGRESS = "已召开专题会议,整改方案已印发\n下一步持续跟踪";
    private static final String NEW_MEASURE = "=新增的整改措施:建立月度调度机制";

    private Edits editInExcel() throws Exception {
        Edits edits;
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            int first = ExportLayout.FIRST_DATA_ROW;
            // a status (已完成 ⇄ 未启动) and a progress text on the first two rows
            Row statusRow = s.getRow(first);
            String word = statusRow.getCell(ExportLayout.STATUS).getStringCellValue();
            retype(statusRow, ExportLayout.STATUS, word.equals("未启动") ? "已完成" : "未启动");
            Row progressRow = s.getRow(first + 1);
            retype(progressRow, ExportLayout.PROGRESS, NEW_PROGRESS);

            // a row added below the first problem's rows, its problem cells left blank
            CellRangeAddress firstProblem = regionAt(s, first);
            int insertAt = firstProblem.getLastRow() + 1;
            s.shiftRows(insertAt, s.getLastRowNum(), 1);
            Row added = s.createRow(insertAt);
            added.createCell(ExportLayout.MEASURE).setCellValue(NEW_MEASURE);
            added.createCell(ExportLayout.DEPARTMENT).setCellValue("办公室");
            added.createCell(ExportLayout.STATUS).setCellValue("正在推进");

            // the last row of a later problem of three or more rows deleted
            CellRangeAddress later = null;
            for (CellRangeAddress r : s.getMergedRegions()) {
                if (r.getFirstColumn() == ExportLayout.SEQ && r.getFirstRow() > insertAt
                        && r.getLastRow() - r.getFirstRow() >= 2) {
                    later = r;
                    break;
                }
            }
            assertThat(later).as("a later problem with three measures").isNotNull();
            int gone = later.getLastRow();
            String deletedUid = s.getRow(gone).getCell(ExportLayout.MEASURE_UID).getStringCellValue();
            deleteRow(s, gone);

            edits = new Edits(statusRow.getCell(ExportLayout.MEASURE_UID).getStringCellValue(),
                    progressRow.getCell(ExportLayout.MEASURE_UID).getStringCellValue(), deletedUid,
                    statusRow.getCell(ExportLayout.PROBLEM_UID).getStringCellValue());
            try (OutputStream out = Files.newOutputStream(exported)) {
                wb.write(out);
            }
        }
        return edits;
    }

    /**
     * Types a new value into a cell as Excel does. (POI's setCellValue on an inline-string cell
     * would keep the old inline text beside the new value; Excel and WPS rewrite the cell.)
     */
    private static void retype(Row row, int column, String value) {
        org.apache.poi.ss.usermodel.CellStyle style = row.getCell(column).getCellStyle();
        row.removeCell(row.getCell(column));
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    private static CellRangeAddress regionAt(Sheet s, int row) {
        return s.getMergedRegions().stream()
                .filter(r -> r.getFirstColumn() == ExportLayout.SEQ && r.getFirstRow() == row)
                .findFirst().orElse(new CellRangeAddress(row, row, 0, 0));
    }

    /** Deletes a row as Excel does: the merged cells over it shrink and the rows below move up. */
    private static void deleteRow(Sheet s, int row) {
        List<CellRangeAddress> shrunk = new ArrayList<>();
        for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress r = s.getMergedRegion(i);
            if (r.getFirstRow() <= row && r.getLastRow() >= row) {
                s.removeMergedRegion(i);
                if (r.getLastRow() - 1 > r.getFirstRow()) {
                    shrunk.add(new CellRangeAddress(r.getFirstRow(), r.getLastRow() - 1, r.getFirstColumn(),
                            r.getLastColumn()));
                }
            }
        }
        s.removeRow(s.getRow(row));
        s.shiftRows(row + 1, s.getLastRowNum(), -1);
        shrunk.forEach(s::addMergedRegion);
    }

    private Map<String, Measure> measuresByUid() {
        Map<Long, String> uids = store.history().uids(RecordKind.MEASURE);
        return store.inspections().snapshot().measures().stream()
                .collect(Collectors.toMap(m -> uids.get(m.id()), Function.identity()));
    }

    @Test
    void anEditedExportUpdatesExactlyTheEditedRecords() throws Exception {
        Map<String, Measure> before = measuresByUid();
        Edits e = editInExcel();

        ImportPlan preview = LedgerImporter.preview(exported, store, ImportOptions.defaults());
        assertThat(preview.count(Change.UPDATED, Kind.MEASURE)).isEqualTo(2);
        assertThat(preview.count(Change.ADDED, Kind.MEASURE)).isEqualTo(1);
        assertThat(preview.count(Change.DELETED, Kind.MEASURE)).isEqualTo(1);
        assertThat(preview.added()).isEqualTo(1);
        assertThat(preview.updated()).isEqualTo(2);
        assertThat(store.inspections().snapshot().measures()).hasSize(500);

        ImportPlan plan = LedgerImporter.apply(exported, store, ImportOptions.defaults().withDeleteMissing(true));
        assertThat(plan.updated()).isEqualTo(2);
        assertThat(plan.added()).isEqualTo(1);
        assertThat(plan.deleted()).isEqualTo(1);

        Map<String, Measure> after = measuresByUid();
        assertThat(after).hasSize(500);
        assertThat(after).doesNotContainKey(e.deletedUid());
        Status old = before.get(e.statusUid()).status();
        assertThat(after.get(e.statusUid()).status()).isEqualTo(old == Status.NOT_STARTED ? Status.DONE : Status.NOT_STARTED);
        assertThat(after.get(e.progressUid()).progress()).isEqualTo(NEW_PROGRESS);

        List<Measure> added = after.entrySet().stream().filter(x -> !before.containsKey(x.getKey()))
                .map(Map.Entry::getValue).toList();
        assertThat(added).hasSize(1);
        assertThat(added.get(0).text()).isEqualTo(NEW_MEASURE);
        assertThat(added.get(0).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(store.history().uidOf(RecordKind.PROBLEM, added.get(0).problemId())).isEqualTo(e.problemUidOfNewRow());

        for (Map.Entry<String, Measure> x : before.entrySet()) {
            String uid = x.getKey();
            if (!uid.equals(e.statusUid()) && !uid.equals(e.progressUid()) && !uid.equals(e.deletedUid())) {
                assertThat(after.get(uid)).as("measure %s untouched", uid).isEqualTo(x.getValue());
            }
        }
    }

    @Test
    void editedCompletionDateAndSupportingDepartmentsUpdateExactlyThatMeasure() throws Exception {
        Map<String, Measure> before = measuresByUid();
        LocalDate done = LocalDate.of(2023, 5, 20);
        String uid;
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Row row = s.getRow(ExportLayout.FIRST_DATA_ROW + 2);
            uid = row.getCell(ExportLayout.MEASURE_UID).getStringCellValue();
            retype(row, ExportLayout.SUPPORTING, "财务科、审计科\n机关党委");
            row.removeCell(row.getCell(ExportLayout.COMPLETED_ON));
            Cell date = row.createCell(ExportLayout.COMPLETED_ON);
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(ExportLayout.DATE_FORMAT));
            date.setCellStyle(style);
            date.setCellValue(done);
            try (OutputStream out = Files.newOutputStream(exported)) {
                wb.write(out);
            }
        }
        assertThat(before.get(uid).completedOn()).isNotEqualTo(done);

        ImportPlan plan = LedgerImporter.apply(exported, store, ImportOptions.defaults());
        assertThat(plan.updated()).isEqualTo(1);
        assertThat(plan.count(Change.UPDATED, Kind.MEASURE)).isEqualTo(1);
        assertThat(plan.added()).isZero();
        assertThat(plan.deleted()).isZero();

        Map<String, Measure> after = measuresByUid();
        Measure edited = after.get(uid);
        assertThat(edited.completedOn()).isEqualTo(done);
        assertThat(edited.supportingDepartments()).containsExactly("财务科", "审计科", "机关党委");
        assertThat(edited.text()).isEqualTo(before.get(uid).text());
        assertThat(edited.seq()).isEqualTo(before.get(uid).seq());
        for (Map.Entry<String, Measure> x : before.entrySet()) {
            if (!x.getKey().equals(uid)) {
                assertThat(after.get(x.getKey())).as("measure %s untouched", x.getKey()).isEqualTo(x.getValue());
            }
        }
    }

    @Test
    void supportingDepartmentsCompletionDatesSequencesAndDescriptionsReachANewLedger() throws Exception {
        Path sourceFile = dir.resolve("sample.xlsx");
        Ledger original;
        try (LedgerStore source = LedgerStore.open(dir.resolve("sample.zgtz"))) {
            SampleLedger.fill(source);
            original = source.inspections().snapshot();
            new LedgerExporter(source).export(sourceFile, ExportProgress.NONE);
        }
        try (LedgerStore target = LedgerStore.open(dir.resolve("target.zgtz"))) {
            ImportPlan plan = LedgerImporter.apply(sourceFile, target, ImportOptions.defaults());
            assertThat(plan.roundTrip()).isFalse();
            Ledger copy = target.inspections().snapshot();
            assertThat(copy.measures().stream().map(ReimportTest::withoutIds).toList())
                    .isEqualTo(original.measures().stream().map(ReimportTest::withoutIds).toList());
            assertThat(copy.problems().stream().map(p -> List.of(p.seq(), p.title(), p.description())).toList())
                    .isEqualTo(original.problems().stream().map(p -> List.of(p.seq(), p.title(), p.description()))
                            .toList());
            Measure first = copy.measures().get(0);
            assertThat(first.seq()).isEqualTo("1.1");
            assertThat(first.supportingDepartments()).containsExactly("组织人事科", "机关党委");
            assertThat(first.completedOn()).isEqualTo(SampleLedger.COMPLETED_ON);
            assertThat(copy.problems().get(0).description()).isEqualTo(SampleLedger.DESCRIPTION);
        }
    }

    private static Measure withoutIds(Measure m) {
        return MeasureBuilder.from(m).id(0).problem(0).build();
    }

    @Test
    void aDeletedRowIsOnlyReportedWithoutConfirmation() throws Exception {
        Edits e = editInExcel();
        ImportPlan plan = LedgerImporter.apply(exported, store, ImportOptions.defaults());
        assertThat(plan.deleted()).isEqualTo(1);
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.MISSING_KEPT);
        assertThat(measuresByUid()).containsKey(e.deletedUid()).hasSize(501);
        // the warning names the sheet that held the measure, and in words its inspection and problem
        Measure gone = measuresByUid().get(e.deletedUid());
        var ledger = store.inspections().snapshot();
        var problem = ledger.problems().stream().filter(p -> p.id() == gone.problemId()).findFirst().orElseThrow();
        var inspection = ledger.inspections().stream().filter(i -> i.id() == problem.inspectionId()).findFirst()
                .orElseThrow();
        String sheetName;
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            sheetName = wb.getSheetName(0);
        }
        assertThat(plan.warnings()).filteredOn(w -> w.kind() == ImportWarning.Kind.MISSING_KEPT).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo(sheetName);
            assertThat(w.message()).contains("巡察“" + inspection.name() + "”")
                    .contains("问题“" + problem.title().strip().substring(0, 20)).contains("的整改措施“");
        });
    }
}
