package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDirectoryIsBuiltListedAndEditedFromTheCommandLine() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        SeedLedger.create(ledger).close();
        String db = ledger.toString();
        CliRun build = CliRun.of("directory", "build", "--db", db);
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.out()).contains("已加入 养老服务处");

        assertThat(CliRun.of("directory", "set", "养老服务处", "--db", db, "--alias", "养老处", "--contact", "王五",
                "--email", "ylc@example.org").code()).isZero();
        CliRun bad = CliRun.of("directory", "set", "养老服务处", "--db", db, "--email", "not-an-address");
        assertThat(bad.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(CliRun.of("directory", "set", "没有这个部门", "--db", db).code()).isEqualTo(LedgerCli.REJECTED);

        CliRun list = CliRun.of("directory", "list", "--db", db, "--json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode elderly = null;
        for (JsonNode d : new ObjectMapper().readTree(list.out()).get("departments")) {
            if (d.get("name").asText().equals("养老服务处")) {
                elderly = d;
            }
        }
        assertThat(elderly).isNotNull();
        assertThat(elderly.get("aliases").get(0).asText()).isEqualTo("养老处");
        assertThat(elderly.get("contact").asText()).isEqualTo("王五");
        assertThat(elderly.get("email").asText()).isEqualTo("ylc@example.org");
    }

    @Test
    void importReadsAnAliasAsItsDepartmentAndStatsCountItThere() throws Exception {
        Path ledger = dir.resolve("别名.zgtz");
        try (io.github.rectification.ledger.store.LedgerStore store =
                io.github.rectification.ledger.store.LedgerStore.open(ledger)) {
            var i = store.inspections().add(io.github.rectification.ledger.domain.Inspection.draft("已有的巡察"));
            var p = store.inspections().add(io.github.rectification.ledger.domain.Problem.draft(i.id(), "已有的问题"));
            store.inspections().add(io.github.rectification.ledger.testsupport.MeasureBuilder.under(p.id()).department("办公室").build());
            store.inspections().add(io.github.rectification.ledger.testsupport.MeasureBuilder.under(p.id()).department("局办公室").build());
        }
        String db = ledger.toString();
        assertThat(CliRun.of("directory", "build", "--db", db).code()).isZero();
        CliRun merge = CliRun.of("directory", "merge", "办公室", "局办公室", "--db", db);
        assertThat(merge.code()).as(merge.err()).isZero();

        Path workbook = dir.resolve("新台账.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(workbook)) {
            var s = wb.createSheet("台账");
            String[][] rows = {{"巡察整改台账"}, {"序号", "存在问题", "整改措施", "牵头部门", "完成情况"},
                {"1", "新的问题", "新的措施一", "局办公室", "正在推进"}, {"", "", "新的措施二", "局办公室", "已完成"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        CliRun imported = CliRun.of("import", workbook.toString(), "--db", db, "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode warning = null;
        for (JsonNode w : new ObjectMapper().readTree(imported.out()).get("warnings")) {
            if (w.get("message").asText().contains("按机构名录读作")) {
                assertThat(warning).as("one warning for the alias").isNull();
                warning = w;
            }
        }
        assertThat(warning).isNotNull();
        assertThat(warning.get("message").asText()).isEqualTo("“局办公室”按机构名录读作“办公室”（2 行）");
        assertThat(warning.get("sheet").asText()).isEqualTo("台账");
        assertThat(warning.get("row").asInt()).isEqualTo(3);
        assertThat(warning.get("column").asText()).isEqualTo("D");

        CliRun stats = CliRun.of("stats", "--db", db, "--json");
        assertThat(stats.code()).as(stats.err()).isZero();
        JsonNode byDepartment = new ObjectMapper().readTree(stats.out()).get("by_department");
        assertThat(byDepartment).hasSize(1);
        assertThat(byDepartment.get(0).get("name").asText()).isEqualTo("办公室");
        assertThat(byDepartment.get(0).get("measures").asInt()).isEqualTo(4);
    }
}
