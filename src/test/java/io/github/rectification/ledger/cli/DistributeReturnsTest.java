package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.testsupport.DistributedWorkbook;
import io.github.rectification.ledger.testsupport.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collection loop through the command line: the ledger is distributed to its lead departments,
 * the office corrects a measure, one department fills in its workbook and sends it back, the other
 * does not; the register shows who returned, the office's correction survives and a second import
 * of the same return changes nothing.
 */
class DistributeReturnsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path db;
    private Path out;

    @BeforeEach
    void seed() {
        db = dir.resolve("ledger.zgtz");
        out = dir.resolve("下发");
        ok("import", Samples.dir().resolve("seed-ledger.xlsx").toString(), "--db", db.toString());
        ok("directory", "build", "--db", db.toString());
        ok("directory", "set", "财务处", "--db", db.toString(), "--contact", "李四", "--email", "caiwu@example.cn");
    }

    @Test
    void oneDepartmentReturnsTheOtherIsChasedAndNobodysEditIsLost() throws Exception {
        List<JsonNode> before = measures();
        Map<String, Long> byDepartment = before.stream()
                .collect(Collectors.groupingBy(m -> m.get("department").asText(), Collectors.counting()));

        JsonNode sent = json("distribute", "--db", db.toString(), "--out", out.toString(), "--due", "2026-12-10",
                "--return-to", "局整改办 张三", "--json");

        JsonNode files = sent.get("files");
        assertThat(files).hasSize(byDepartment.size());
        long total = 0;
        for (JsonNode f : files) {
            assertThat(f.get("measures").asLong()).as(f.toString())
                    .isEqualTo(byDepartment.get(f.get("department").asText()));
            assertThat(Files.isRegularFile(Path.of(f.get("file").asText()))).isTrue();
            total += f.get("measures").asLong();
        }
        assertThat(total).isEqualTo(before.size());
        Path office = file(files, "办公室");
        Path finance = file(files, "财务处");
        assertThat(office.getFileName().toString()).contains("办公室").endsWith(".xlsx");

        List<JsonNode> ours = before.stream().filter(m -> m.get("department").asText().equals("办公室")).toList();
        String corrected = ours.get(0).get("uid").asText();
        String filled = ours.get(1).get("uid").asText();
        ok("edit", "--db", db.toString(), "--measure", corrected, "--set", "deadline=2026-12-31",
                "progress=办公室更正的进展");

        Path returned = dir.resolve("办公室-报送.xlsx");
        try (DistributedWorkbook w = DistributedWorkbook.open(office)) {
            w.set(filled, "整改进展情况", "部门填报:制度已印发");
            w.set(filled, "完成情况", "已完成");
            w.addMeasure("部门新增:建立月度督办台账", "办公室", "已启动", "正在推进");
            w.saveAs(returned);
        }

        JsonNode first = json("import", returned.toString(), "--db", db.toString(), "--json");

        assertThat(first.get("batch").asText()).isNotBlank();
        assertThat(first.get("department").asText()).isEqualTo("办公室");
        assertThat(first.get("added").asInt()).isEqualTo(1);
        assertThat(first.get("conflicts")).isEmpty();
        assertThat(first.get("warnings").toString()).as("other departments' measures were not sent, not missing")
                .doesNotContain("工作簿中已没有");
        assertThat(measure(corrected).get("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(measure(corrected).get("progress").asText()).isEqualTo("办公室更正的进展");
        assertThat(measure(filled).get("progress").asText()).isEqualTo("部门填报:制度已印发");
        assertThat(measure(filled).get("status").asText()).isEqualTo("done");
        assertThat(measures()).hasSize(before.size() + 1);
        String merged = dump();

        JsonNode again = json("import", returned.toString(), "--db", db.toString(), "--json");
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(dump()).isEqualTo(merged);

        JsonNode register = json("returns", "--db", db.toString(), "--latest", "--as-of", "2026-12-20", "--json");
        JsonNode round = register.get("batches").get(0);
        assertThat(round.get("batch").asText()).isEqualTo(sent.get("batch").asText());
        assertThat(round.get("due").asText()).isEqualTo("2026-12-10");
        JsonNode officeLine = line(round, "办公室");
        assertThat(officeLine.get("returned").isNull()).isFalse();
        assertThat(officeLine.get("returns").asInt()).as("the same return twice is one return").isEqualTo(1);
        assertThat(officeLine.get("returned_file").asText()).isEqualTo("办公室-报送.xlsx");
        assertThat(officeLine.get("applied").asInt()).isEqualTo(2);
        assertThat(officeLine.get("overdue").asBoolean()).isFalse();
        JsonNode financeLine = line(round, "财务处");
        assertThat(financeLine.get("returned").isNull()).isTrue();
        assertThat(financeLine.get("overdue").asBoolean()).isTrue();
        assertThat(financeLine.get("file").asText()).isEqualTo(finance.getFileName().toString());

        JsonNode early = json("returns", "--db", db.toString(), "--as-of", "2026-12-05", "--json");
        assertThat(line(early.get("batches").get(0), "财务处").get("overdue").asBoolean()).isFalse();

        CliRun chase = CliRun.of("returns", "--db", db.toString(), "--as-of", "2026-12-20", "--chase");
        assertThat(chase.code()).isZero();
        assertThat(chase.out()).contains("财务处", "逾期未报送", "李四", "caiwu@example.cn").doesNotContain("办公室:");
    }

    @Test
    void aLeadersWorkbookHoldsTheMeasuresHeIsResponsibleFor() throws Exception {
        List<JsonNode> before = measures();
        long leaders = before.stream().map(m -> m.get("leader").asText()).filter(s -> !s.isBlank()).distinct().count();

        JsonNode sent = json("distribute", "--db", db.toString(), "--out", out.toString(), "--by", "leader", "--json");

        assertThat(sent.get("files")).hasSize((int) leaders);
        assertThat(sent.get("files").get(0).get("leader").asText()).isNotBlank();
    }

    @Test
    void badOptionsAreRefusedAndWriteNothing() throws Exception {
        String untouched = dump();
        CliRun due = CliRun.of("distribute", "--db", db.toString(), "--out", out.toString(), "--due", "12月10日");
        assertThat(due.code()).isEqualTo(2);
        assertThat(due.err()).contains("--due");
        CliRun inspection = CliRun.of("distribute", "--db", db.toString(), "--out", out.toString(),
                "--inspection", "999");
        assertThat(inspection.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(inspection.err()).contains("999");
        assertThat(Files.exists(out)).isFalse();
        assertThat(dump()).isEqualTo(untouched);
        CliRun none = CliRun.of("returns", "--db", db.toString(), "--batch", "nope");
        assertThat(none.code()).isEqualTo(LedgerCli.REJECTED);
    }

    @Test
    void aSecondDistributionIntoTheSameFolderOverwritesNoWorkbookAndRecordsNoRound() throws Exception {
        JsonNode sent = json("distribute", "--db", db.toString(), "--out", out.toString(), "--json");
        Path office = file(sent.get("files"), "办公室");
        byte[] before = Files.readAllBytes(office);
        long count;
        try (var listing = Files.list(out)) {
            count = listing.count();
        }

        CliRun again = CliRun.of("distribute", "--db", db.toString(), "--out", out.toString());

        assertThat(again.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(again.err()).contains("已存在");
        assertThat(Files.readAllBytes(office)).isEqualTo(before);
        try (var listing = Files.list(out)) {
            assertThat(listing.count()).isEqualTo(count);
        }
        JsonNode register = json("returns", "--db", db.toString(), "--json");
        assertThat(register.get("batches")).hasSize(1);
        CliRun notAFolder = CliRun.of("distribute", "--db", db.toString(), "--out", office.toString());
        assertThat(notAFolder.code()).isEqualTo(LedgerCli.REJECTED);
    }

    private static Path file(JsonNode files, String department) {
        for (JsonNode f : files) {
            if (f.get("department").asText().equals(department)) {
                return Path.of(f.get("file").asText());
            }
        }
        throw new AssertionError("no workbook for " + department);
    }

    private static JsonNode line(JsonNode round, String department) {
        for (JsonNode d : round.get("departments")) {
            if (d.get("department").asText().equals(department)) {
                return d;
            }
        }
        throw new AssertionError("no line for " + department + " in " + round);
    }

    private void ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }

    private JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private String dump() {
        CliRun r = CliRun.of("dump", "--db", db.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private List<JsonNode> measures() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode i : JSON.readTree(dump()).get("inspections")) {
            collect(i.get("problems"), out);
        }
        return out;
    }

    private static void collect(JsonNode problems, List<JsonNode> out) {
        for (JsonNode p : problems) {
            p.get("measures").forEach(out::add);
            collect(p.get("problems"), out);
        }
    }

    private JsonNode measure(String uid) throws Exception {
        return measures().stream().filter(m -> m.get("uid").asText().equals(uid)).findFirst().orElseThrow();
    }
}
