package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.bench.SyntheticLedger;
import io.github.rectification.ledger.bench.SyntheticStore;
import io.github.rectification.ledger.bench.SyntheticWorkbook;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class SyntheticLedgerTest {
    @TempDir
    Path dir;

    @Test
    void aBenchLedgerHasTheSizeAndShapeAsked() throws Exception {
        SyntheticLedger ledger = new SyntheticLedger(1000);
        int[] problems = {0};
        int[] measures = {0};
        List<Integer> sizes = new ArrayList<>();
        ledger.forEach(e -> {
            problems[0]++;
            measures[0] += e.measures().size();
            sizes.add(e.measures().size());
            e.measures().forEach(m -> assertThat(m.text().length()).isGreaterThanOrEqualTo(100));
        });
        assertThat(measures[0]).isEqualTo(1000);
        assertThat(problems[0]).isBetween(85, 120);
        assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(n -> n >= 8 && n <= 12);
    }

    @Test
    void aLedgerForTheDistributionBenchIsLedByTheNumberOfDepartmentsAsked() throws Exception {
        SyntheticLedger ledger = new SyntheticLedger(5000, 1, 1).withDepartments(50);
        assertThat(ledger.departments()).hasSize(50).doesNotHaveDuplicates();
        java.util.Set<String> leading = new java.util.HashSet<>();
        ledger.forEach(e -> e.measures().forEach(m -> leading.add(m.department())));
        assertThat(leading).containsExactlyInAnyOrderElementsOf(ledger.departments());
        assertThat(new SyntheticLedger(5000, 1, 1).departments()).hasSize(12);
        assertThatThrownBy(() -> ledger.withDepartments(51)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measuresAreSharedOutOverTheInspectionsAndDoneOnesHaveACompletionDate() throws Exception {
        SyntheticLedger ledger = new SyntheticLedger(301, 3, 7);
        try (LedgerStore s = LedgerStore.open(dir.resolve("three.zgtz"))) {
            SyntheticStore.Size size = SyntheticStore.write(ledger, s);
            assertThat(size.inspections()).isEqualTo(3);
            assertThat(size.measures()).isEqualTo(301);
            var snapshot = s.inspections().snapshot();
            assertThat(snapshot.inspections()).extracting(io.github.rectification.ledger.domain.Inspection::inspectionGroup)
                    .containsExactly("市委第三巡察组", "市委第一巡察组", "市委第二巡察组");
            assertThat(snapshot.problems()).hasSize(size.problems());
            for (var inspection : snapshot.inspections()) {
                long inIt = snapshot.measures().stream().filter(m -> snapshot.problems().stream()
                        .anyMatch(p -> p.id() == m.problemId() && p.inspectionId() == inspection.id())).count();
                assertThat(inIt).isBetween(100L, 101L);
            }
            assertThat(snapshot.measures()).filteredOn(m -> m.status() == io.github.rectification.ledger.domain.Status.DONE)
                    .isNotEmpty().allSatisfy(m -> assertThat(m.completedOn()).isNotNull());
        }
        assertThatThrownBy(() -> SyntheticWorkbook.write(ledger, dir.resolve("three.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(SyntheticWorkbook.Strings.class)
    void theWorkbookAndTheLedgerFileHoldTheSameMeasures(SyntheticWorkbook.Strings strings) throws Exception {
        SyntheticLedger ledger = new SyntheticLedger(60);
        Path xlsx = dir.resolve("b.xlsx");
        SyntheticWorkbook.write(ledger, xlsx, strings);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheetXml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(sheetXml.contains("t=\"inlineStr\"")).isEqualTo(strings == SyntheticWorkbook.Strings.INLINE);
            assertThat(sheetXml.contains("t=\"s\"")).isEqualTo(strings == SyntheticWorkbook.Strings.SHARED);
        }
        try (LedgerStore s = LedgerStore.open(dir.resolve("b.zgtz"))) {
            SyntheticStore.write(ledger, s);
            List<String> stored = s.inspections().snapshot().measures().stream().map(m -> m.text()).toList();
            try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(2).getLastCellNum()).isEqualTo((short) 12);
                List<String> written = new ArrayList<>();
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    written.add(sheet.getRow(r).getCell(3).getStringCellValue());
                }
                assertThat(written).isEqualTo(stored);
                assertThat(sheet.getMergedRegions()).anyMatch(m -> m.getFirstColumn() == 2 && m.getFirstRow() == 3
                        && m.getLastRow() > 3);
            }
        }
    }
}
