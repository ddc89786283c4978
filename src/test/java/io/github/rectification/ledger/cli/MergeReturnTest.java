package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.ReturnedWorkbook;
import io.github.rectification.ledger.testsupport.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returned workbook through the command line: the office edits the ledger after the export, the
 * department edits the workbook, and the import merges the two against the values sent, losing
 * nobody's edit and adding nothing twice.
 */
class MergeReturnTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path db;
    private Path sent;

    @BeforeEach
    void seedAndExport() throws Exception {
        db = dir.resolve("ledger.zgtz");
        sent = dir.resolve("sent.xlsx");
        ok("import", Samples.dir().resolve("seed-ledger.xlsx").toString(), "--db", db.toString());
        ok("export", sent.toString(), "--db", db.toString());
    }

    @Test
    void theOfficesCorrectionSurvivesAStaleReturn() throws Exception {
        String uid = measures().get(0).get("uid").asText();
        ok("edit", "--db", db.toString(), "--measure", uid, "--set", "deadline=2026-12-31", "progress=办公室更正的进展");

        JsonNode report = json("import", sent.toString(), "--db", db.toString(), "--json");

        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("conflicts")).isEmpty();
        assertThat(report.get("batch").asText()).isNotBlank();
        JsonNode m = measure(uid);
        assertThat(m.get("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(m.get("progress").asText()).isEqualTo("办公室更正的进展");
    }

    @Test
    void problemsAreMergedAgainstTheirValuesAsSentToo() throws Exception {
        io.github.rectification.ledger.domain.Problem first;
        io.github.rectification.ledger.domain.Problem second;
        try (LedgerStore store = LedgerStore.open(db)) {
            var problems = store.inspections().snapshot().problems();
            first = problems.get(0);
            second = problems.get(1);
            store.inspections().update(new io.github.rectification.ledger.domain.Problem(first.id(), first.inspectionId(),
                    first.parentId(), first.seq(), first.category(), "办公室改过的问题", first.description(), first.order()));
        }
        Path xlsx = dir.resolve("problems.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.setProblemTitle(second.title(), "部门改过的问题");
            w.saveAs(xlsx);
        }

        JsonNode report = json("import", xlsx.toString(), "--db", db.toString(), "--json");

        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            assertThat(store.inspections().problem(first.id()).orElseThrow().title()).isEqualTo("办公室改过的问题");
            assertThat(store.inspections().problem(second.id()).orElseThrow().title()).isEqualTo("部门改过的问题");
        }
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        JsonNode again = json("import", xlsx.toString(), "--db", db.toString(), "--json");
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("added").asInt()).isZero();
    }

    @Test
    void aReturnIsMergedFieldByFieldAndASecondImportOfEveryFileChangesNothing() throws Exception {
        List<JsonNode> before = measures();
        String a = before.get(1).get("uid").asText();
        String b = before.get(2).get("uid").asText();
        String c = before.get(3).get("uid").asText();
        String bProgress = before.get(2).get("progress").asText();
        ok("edit", "--db", db.toString(), "--measure", a, "--set", "progress=办公室写的进展");
        ok("edit", "--db", db.toString(), "--measure", b, "--set", "deadline=2026-06-30");

        Path xlsx = dir.resolve("returned.xlsx");
        Path xls = dir.resolve("returned.xls");
        int aRow;
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(a, ReturnedWorkbook.PROGRESS, "部门写的进展");
            w.set(c, ReturnedWorkbook.PROGRESS, "部门填报:已完成");
            aRow = w.rowNumber(a);
            w.addRowAtEnd("部门新增的整改措施", "办公室", "刚开始");
            w.saveAs(xlsx);
            w.saveAsXls(xls);
        }

        JsonNode first = json("import", xlsx.toString(), "--db", db.toString(), "--json");

        assertThat(first.get("added").asInt()).isEqualTo(1);
        assertThat(first.get("conflicts")).hasSize(1);
        JsonNode conflict = first.get("conflicts").get(0);
        assertThat(conflict.get("measure_uid").asText()).isEqualTo(a);
        assertThat(conflict.get("field").asText()).isEqualTo("progress");
        assertThat(conflict.get("base").asText()).isEqualTo(before.get(1).get("progress").asText());
        assertThat(conflict.get("ledger").asText()).isEqualTo("办公室写的进展");
        assertThat(conflict.get("workbook").asText()).isEqualTo("部门写的进展");
        assertThat(conflict.get("sheet").asText()).isNotBlank();
        assertThat(conflict.get("row").asInt()).isEqualTo(aRow);
        assertThat(conflict.get("column").asText()).isEqualTo("J");
        assertThat(conflict.get("decision").isNull()).isTrue();
        assertThat(measure(a).get("progress").asText()).isEqualTo("办公室写的进展");
        assertThat(measure(b).get("deadline").asText()).isEqualTo("2026-06-30");
        assertThat(measure(b).get("progress").asText()).isEqualTo(bProgress);
        assertThat(measure(c).get("progress").asText()).isEqualTo("部门填报:已完成");
        assertThat(measures()).hasSize(before.size() + 1);
        assertThat(measures().stream().filter(m -> m.get("text").asText().equals("部门新增的整改措施"))).hasSize(1);
        String merged = dump();

        for (Path again : List.of(xlsx, xls, xlsx)) {
            JsonNode report = json("import", again.toString(), "--db", db.toString(), "--json");
            assertThat(report.get("added").asInt()).as(again.toString()).isZero();
            assertThat(report.get("updated").asInt()).as(again.toString()).isZero();
            assertThat(report.get("conflicts")).as(again.toString()).hasSize(1);
            assertThat(dump()).as(again.toString()).isEqualTo(merged);
        }
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            assertThat(store.distributions().openConflicts()).hasSize(1);
        }
    }

    @Test
    void aReturnReSavedByAnotherProgramIsStillRecognised() throws Exception {
        List<JsonNode> before = measures();
        String a = before.get(1).get("uid").asText();
        String c = before.get(3).get("uid").asText();
        ok("edit", "--db", db.toString(), "--measure", a, "--set", "progress=办公室写的进展");
        Path xlsx = dir.resolve("resaved.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.resavedElsewhere();
            w.set(a, ReturnedWorkbook.PROGRESS, "部门写的进展");
            w.set(c, ReturnedWorkbook.PROGRESS, "部门填报:已完成");
            w.saveAs(xlsx);
        }

        JsonNode report = json("import", xlsx.toString(), "--db", db.toString(), "--json");

        assertThat(report.get("batch").isNull()).isFalse();
        assertThat(report.get("added").asInt()).isZero();
        assertThat(report.get("conflicts")).hasSize(1);
        assertThat(report.get("conflicts").get(0).get("column").asText()).isEqualTo("K");
        assertThat(measure(a).get("progress").asText()).isEqualTo("办公室写的进展");
        assertThat(measure(c).get("progress").asText()).isEqualTo("部门填报:已完成");
        assertThat(measures()).hasSize(before.size());
    }

    @Test
    void aWorkbookWhoseBatchTheLedgerDoesNotHaveIsComparedTwoWaysWithAWarning() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("DELETE FROM distribution");
        }

        JsonNode report = json("import", sent.toString(), "--db", db.toString(), "--json");

        assertThat(report.get("batch").isNull()).isTrue();
        assertThat(report.get("warnings").toString()).contains("两方比较");
    }

    @Test
    void severalReturnsInOneCommandAreEachMergedAndARefusedOneChangesNothing() throws Exception {
        List<JsonNode> before = measures();
        String c = before.get(3).get("uid").asText();
        Path xlsx = dir.resolve("one.xlsx");
        Path xls = dir.resolve("one.xls");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(c, ReturnedWorkbook.PROGRESS, "部门填报:已完成");
            w.addRowAtEnd("部门新增的整改措施", "办公室", "刚开始");
            w.saveAs(xlsx);
            w.saveAsXls(xls);
        }
        String untouched = dump();
        CliRun refused = CliRun.of("import", xlsx.toString(),
                io.github.rectification.ledger.testsupport.BadWorkbooks.csvRenamed(dir).toString(),
                "--db", db.toString(), "--json");
        assertThat(refused.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(dump()).isEqualTo(untouched);

        JsonNode reports = json("import", xlsx.toString(), xls.toString(), "--db", db.toString(), "--json");

        assertThat(reports.isArray()).isTrue();
        assertThat(reports.get(0).get("added").asInt()).isEqualTo(1);
        assertThat(reports.get(1).get("added").asInt()).isZero();
        assertThat(reports.get(1).get("updated").asInt()).isZero();
        assertThat(measures()).hasSize(before.size() + 1);
        assertThat(measure(c).get("progress").asText()).isEqualTo("部门填报:已完成");
    }

    @Test
    void takeWorkbookDecidesTheConflictAndTheDecisionIsInTheHistory() throws Exception {
        String a = measures().get(1).get("uid").asText();
        ok("edit", "--db", db.toString(), "--measure", a, "--set", "progress=办公室写的进展");
        Path xlsx = dir.resolve("returned.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(a, ReturnedWorkbook.PROGRESS, "部门写的进展");
            w.saveAs(xlsx);
        }
        json("import", xlsx.toString(), "--db", db.toString(), "--json");

        JsonNode taken = json("import", xlsx.toString(), "--db", db.toString(), "--json", "--take", "workbook");

        assertThat(taken.get("conflicts").get(0).get("decision").asText()).isEqualTo("workbook");
        assertThat(measure(a).get("progress").asText()).isEqualTo("部门写的进展");
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            assertThat(store.distributions().openConflicts()).isEmpty();
            List<HistoryEntry> history = store.history().historyOfUid(RecordKind.MEASURE, a);
            assertThat(history.get(history.size() - 1).toString()).contains("returned.xlsx");
        }
        JsonNode again = json("import", xlsx.toString(), "--db", db.toString(), "--json");
        assertThat(again.get("conflicts")).isEmpty();
        assertThat(again.get("updated").asInt()).isZero();
    }

    @Test
    void takeLedgerKeepsTheOfficesValueAndTheConflictDoesNotComeBack() throws Exception {
        String a = measures().get(1).get("uid").asText();
        ok("edit", "--db", db.toString(), "--measure", a, "--set", "progress=办公室写的进展");
        Path xlsx = dir.resolve("returned.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(a, ReturnedWorkbook.PROGRESS, "部门写的进展");
            w.saveAs(xlsx);
        }

        JsonNode taken = json("import", xlsx.toString(), "--db", db.toString(), "--json", "--take", "ledger");

        assertThat(taken.get("conflicts").get(0).get("decision").asText()).isEqualTo("ledger");
        assertThat(measure(a).get("progress").asText()).isEqualTo("办公室写的进展");
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            List<HistoryEntry> history = store.history().historyOfUid(RecordKind.MEASURE, a);
            assertThat(history.get(history.size() - 1).toString()).contains("returned.xlsx");
        }
        JsonNode again = json("import", xlsx.toString(), "--db", db.toString(), "--json");
        assertThat(again.get("conflicts")).isEmpty();
        assertThat(measure(a).get("progress").asText()).isEqualTo("办公室写的进展");

        ok("edit", "--db", db.toString(), "--measure", a, "--set", "progress=办公室又改的进展");
        JsonNode later = json("import", xlsx.toString(), "--db", db.toString(), "--json");
        assertThat(later.get("conflicts")).as("the decision stands for that workbook value").isEmpty();
        assertThat(measure(a).get("progress").asText()).isEqualTo("办公室又改的进展");
    }

    @Test
    void anOlderReturnAfterANewerOneAppliesNothingTheNewerChanged() throws Exception {
        String c = measures().get(3).get("uid").asText();
        Path older = dir.resolve("older.xlsx");
        Path newer = dir.resolve("newer.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(sent)) {
            w.set(c, ReturnedWorkbook.PROGRESS, "第一次填报");
            w.saveAs(older);
            w.set(c, ReturnedWorkbook.PROGRESS, "第二次填报");
            w.saveAs(newer);
        }
        json("import", newer.toString(), "--db", db.toString(), "--json");
        String afterNewer = dump();

        JsonNode report = json("import", older.toString(), "--db", db.toString(), "--json");

        assertThat(report.get("updated").asInt()).isZero();
        assertThat(dump()).isEqualTo(afterNewer);
        assertThat(measure(c).get("progress").asText()).isEqualTo("第二次填报");
        assertThat(report.get("conflicts")).hasSize(1);
    }

    @Test
    void aDepartmentsReturnThatChangesAnotherDepartmentsMeasureIsAConflict() throws Exception {
        List<JsonNode> all = measures();
        JsonNode own = all.get(0);
        String department = own.get("department").asText();
        JsonNode other = all.stream().filter(m -> !m.get("department").asText().equals(department)).findFirst()
                .orElseThrow();
        Path part = dir.resolve("part.xlsx");
        ok("export", part.toString(), "--db", db.toString(), "--department", department);
        Path xlsx = dir.resolve("part-returned.xlsx");
        try (ReturnedWorkbook w = ReturnedWorkbook.open(part)) {
            w.set(own.get("uid").asText(), ReturnedWorkbook.PROGRESS, "本部门填报");
            w.set(other.get("uid").asText(), ReturnedWorkbook.PROGRESS, "替别的部门填报");
            w.saveAs(xlsx);
        }

        JsonNode report = json("import", xlsx.toString(), "--db", db.toString(), "--json");

        assertThat(report.get("department").asText()).isEqualTo(department);
        assertThat(measure(own.get("uid").asText()).get("progress").asText()).isEqualTo("本部门填报");
        assertThat(measure(other.get("uid").asText()).get("progress").asText())
                .isEqualTo(other.get("progress").asText());
        assertThat(report.get("conflicts")).hasSize(1);
        assertThat(report.get("conflicts").get(0).get("measure_uid").asText()).isEqualTo(other.get("uid").asText());
    }

    @Test
    void editRefusesAnUnknownFieldOrAnUnreadableValueAndChangesNothing() throws Exception {
        String uid = measures().get(0).get("uid").asText();
        String before = dump();

        assertThat(CliRun.of("edit", "--db", db.toString(), "--measure", uid, "--set", "progress=新进展", "colour=红")
                .code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(CliRun.of("edit", "--db", db.toString(), "--measure", uid, "--set", "progress=新进展",
                "status=差不多完成了").code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(CliRun.of("edit", "--db", db.toString(), "--measure", uid, "--set", "deadline=找时间")
                .code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(CliRun.of("edit", "--db", db.toString(), "--measure", "no-such-uid", "--set", "progress=x")
                .code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(dump()).isEqualTo(before);

        JsonNode done = json("edit", "--db", db.toString(), "--measure", uid, "--set", "status=已完成",
                "completed_on=2026-05-01", "deadline=2026年5月底", "--json");
        assertThat(done.get("changed")).isNotEmpty();
        JsonNode m = measure(uid);
        assertThat(m.get("status").asText()).isEqualTo("done");
        assertThat(m.get("completed_on").asText()).isEqualTo("2026-05-01");
        assertThat(m.get("deadline").asText()).isEqualTo("2026-05-31");
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            long fields = store.history().historyOfUid(RecordKind.MEASURE, uid).stream()
                    .filter(h -> h.toString().contains("completed_on") || h.toString().contains("deadline")).count();
            assertThat(fields).isPositive();
        }
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

    private String dump() throws Exception {
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
