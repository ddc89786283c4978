package io.github.rectification.ledger.exchange.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.Samples;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a department's workbook really holds, read back with POI: its part, the locks, the checks, the print. */
class DistributionWorkbookTest {
    @TempDir
    Path dir;

    private LedgerStore store;

    @BeforeEach
    void seed() throws Exception {
        store = LedgerStore.open(dir.resolve("ledger.zgtz"));
        LedgerImporter.apply(Samples.dir().resolve("seed-ledger.xlsx"), store, ImportOptions.defaults());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void onlyTheDepartmentsMeasuresLockedAndFillInColumnsOpenWithTheirChecks() throws Exception {
        Distributor.Round round = new Distributor(store).distribute(dir.resolve("out"), new Distributor.Request(
                List.of(), Distributor.By.DEPARTMENT, LocalDate.of(2026, 12, 10), "局整改办 张三", null));
        Distributor.Sent office = round.files().stream().filter(s -> s.recipient().equals("办公室")).findFirst()
                .orElseThrow();
        long officeMeasures = store.inspections().snapshot().measures().stream().filter(m -> m.department().equals("办公室")).count();
        assertThat(office.measures()).isEqualTo((int) officeMeasures);

        try (InputStream in = Files.newInputStream(office.file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("填表说明");
            String instructions = text(wb.getSheetAt(0));
            assertThat(instructions).contains("报送截止日期：2026年12月10日", "局整改办 张三", "已锁定", "整改进展情况");
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("_ledger"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(text(wb.getSheet("_ledger"))).contains("batch_uid", office.batch(), "department");

            XSSFSheet sheet = wb.getSheetAt(1);
            assertThat(sheet.getProtect()).as("sheet protection").isTrue();
            assertThat(wb.getSheetAt(0).getProtect()).isTrue();
            Map<String, Integer> col = new HashMap<>();
            for (Cell c : sheet.getRow(2)) {
                col.put(new DataFormatter().formatCellValue(c), c.getColumnIndex());
            }
            assertThat(col).containsKeys("整改进展情况", "完成情况", "完成时间", "佐证材料", "备注", "申请销号", "销号说明",
                    "#measure_uid", "#problem_uid");
            int measures = 0;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell uid = row.getCell(col.get("#measure_uid"));
                if (uid == null || uid.getStringCellValue().isEmpty()) {
                    continue;
                }
                measures++;
                assertThat(new DataFormatter().formatCellValue(row.getCell(col.get("责任部门")))).isEqualTo("办公室");
                for (String locked : List.of("序号", "存在问题", "整改措施", "责任领导", "责任部门", "责任人", "整改时限")) {
                    assertThat(row.getCell(col.get(locked)).getCellStyle().getLocked()).as(locked + " row " + r).isTrue();
                }
                for (String open : List.of("整改进展情况", "完成情况", "完成时间", "佐证材料", "备注", "申请销号", "销号说明")) {
                    assertThat(row.getCell(col.get(open)).getCellStyle().getLocked()).as(open + " row " + r).isFalse();
                }
            }
            assertThat(measures).isEqualTo(office.measures());
            assertThat(sheet.isColumnHidden(col.get("#measure_uid"))).isTrue();
            assertThat(sheet.getColumnStyle(col.get("整改措施")).getLocked()).as("spare rows below the data").isFalse();

            Map<Integer, DataValidation> checks = new HashMap<>();
            for (DataValidation v : sheet.getDataValidations()) {
                for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                    checks.put(a.getFirstColumn(), v);
                }
            }
            DataValidation status = checks.get(col.get("完成情况"));
            assertThat(status.getValidationConstraint().getExplicitListValues()).contains("已完成", "正在推进");
            assertThat(checks.get(col.get("完成时间")).getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DATE);
            assertThat(checks.get(col.get("申请销号")).getValidationConstraint().getExplicitListValues())
                    .containsExactly("是", "否");

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            int units = 0;
            for (int c = 0; c < 16; c++) {
                units += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256;
            }
            assertThat(units).as("fits A4 at 10.5 pt").isLessThanOrEqualTo(DistributionLayout.A4_UNITS);
            assertThat(sheet.getRepeatingRows()).isNotNull();
        }
    }

    @Test
    void thePasswordOfTheSettingsProtectsTheSheets() throws Exception {
        store.settings().put(LedgerSettings.DISTRIBUTION_PASSWORD, "zgb2026");
        Distributor.Round round = new Distributor(store).distribute(dir.resolve("out"),
                new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, null, null, null));
        try (InputStream in = Files.newInputStream(round.files().get(0).file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(1);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.validateSheetPassword("zgb2026")).isTrue();
            assertThat(sheet.validateSheetPassword("wrong")).isFalse();
        }
    }

    @Test
    void fileNamesStayPlainNamesInTheFolder() throws Exception {
        var m = store.inspections().snapshot().measures().get(0);
        store.inspections().update(new io.github.rectification.ledger.domain.Measure(m.id(), m.problemId(), m.seq(), m.text(),
                m.leader(), "../科/室:*?", m.supportingDepartments(), m.person(), m.deadline(), m.status(),
                m.completedOn(), m.progress(), m.remarks(), m.order()));
        Path out = dir.resolve("out");
        Distributor.Round round = new Distributor(store).distribute(out,
                new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, null, null, null));
        List<Path> files = new ArrayList<>();
        round.files().forEach(s -> files.add(s.file()));
        for (Path f : files) {
            assertThat(f.getParent()).isEqualTo(out);
            assertThat(f.getFileName().toString()).doesNotContain("/", "\\", ":", "*", "?").endsWith(".xlsx");
        }
        try (var listing = Files.list(out)) {
            assertThat(listing.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    private static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                sb.append(new DataFormatter().formatCellValue(c)).append('\n');
            }
        }
        return sb.toString();
    }
}
