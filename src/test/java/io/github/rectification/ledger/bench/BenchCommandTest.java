package io.github.rectification.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.cli.LedgerCli;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchReportTimesEachStepOnASyntheticLedger() throws Exception {
        BenchRun run = BenchRun.of("bench", "report", "--measures", "300", "--inspections", "2", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.get("benchmark").asText()).isEqualTo("report");
        assertThat(o.get("measures").asInt()).isEqualTo(300);
        assertThat(o.get("steps").findValuesAsText("key")).containsExactly("snapshot", "statistics", "checks",
                "summary", "pdf", "xlsx", "notice", "docx");
        for (JsonNode step : o.get("steps")) {
            // printed to a tenth of a millisecond: a quick step on 300 measures may print 0.0
            assertThat(step.get("ms").isNumber()).as(step.get("key").asText()).isTrue();
            assertThat(step.get("ms").asDouble()).as(step.get("key").asText()).isNotNegative();
        }
        assertThat(o.at("/steps/0/ms").asDouble()).as("reading the ledger").isPositive();
        assertThat(o.at("/steps/4/result").asText()).matches("\\d+ 页,\\d+ KB");
    }
    @Test
    void exchangeBenchmarkFindsTheImportCommand() {
        // a build whose command line builds commands by name once hid import from the bench
        assertThat(ExchangeBenchCommand.canImport()).isTrue();
    }

    @Test
    void storeBenchmarkReportsEveryStepAsJson() throws Exception {
        Path file = dir.resolve("bench.zgtz");
        BenchRun run = BenchRun.of("bench", "store", "--measures", "600", "--inspections", "3", "--repeats", "1",
                "--db", file.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.get("benchmark").asText()).isEqualTo("store");
        assertThat(r.get("measures").asInt()).isEqualTo(600);
        assertThat(r.get("inspections").asInt()).isEqualTo(3);
        assertThat(r.get("file_bytes").asLong()).isEqualTo(Files.size(file));
        List<String> keys = new ArrayList<>();
        for (JsonNode step : r.get("steps")) {
            keys.add(step.get("key").asText());
            assertThat(step.get("ms").asDouble()).as(step.toString()).isGreaterThanOrEqualTo(0);
        }
        assertThat(keys).contains("create", "open", "tree_first_screen", "filter_cold", "filter_1", "filter_2",
                "filter_3", "filter_4", "filter_5", "filter_overdue", "delete_inspection", "restore_inspection");
        assertThat(stepOf(r, "delete_inspection").get("result").asText()).endsWith("200 条措施");
        assertThat(r.get("filter_goal_ms").asDouble()).isEqualTo(50);
        assertThat(r.get("search_index_mib").isNumber()).isTrue();
        JsonNode like = stepOf(r, "filter_2");
        assertThat(like.get("label").asText()).contains("养老");
        assertThat(like.get("cpu_ms").isNumber()).isTrue();
        assertThat(like.get("result").asText()).contains("条措施").contains("目标 ≤ 50 ms");
        assertThat(stepOf(r, "filter_cold").get("result").asText()).isEqualTo(like.get("result").asText()
                .substring(0, like.get("result").asText().indexOf(';')));

        try (LedgerStore store = LedgerStore.openReadOnly(file)) {
            Ledger ledger = store.inspections().snapshot();
            assertThat(ledger.inspections()).hasSize(3);
            // the deleted inspection was put back
            assertThat(ledger.measures()).hasSize(600);
            assertThat(ledger.measures()).allSatisfy(m -> assertThat(m.text().length()).isGreaterThan(100));
            long expectedLikeHits = ledger.measures().stream().filter(m -> mentions(ledger, m, "养老")).count();
            assertThat(like.get("result").asText()).startsWith(expectedLikeHits + " 条措施");
        }
    }

    private static boolean mentions(Ledger ledger, Measure m, String word) {
        return m.text().contains(word) || m.progress().contains(word) || m.department().contains(word)
                || ledger.problems().stream().filter(p -> p.id() == m.problemId())
                        .anyMatch(p -> p.title().contains(word) || p.category().contains(word));
    }

    private static JsonNode stepOf(JsonNode report, String key) {
        for (JsonNode step : report.get("steps")) {
            if (step.get("key").asText().equals(key)) {
                return step;
            }
        }
        throw new AssertionError("no step " + key);
    }

    @Test
    void theTableNamesTheSteps() {
        BenchRun run = BenchRun.of("bench", "store", "--measures", "200", "--repeats", "0");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("台账存储基准测试").contains("新建:批量写入").contains("筛选“养老”(2 字,中位)")
                .contains("CPU(ms)");
    }

    @Test
    void evidenceBenchmarkTimesTheOpenBeforeAndAfterTheAttachmentsThePackageAndTheCheck() throws Exception {
        BenchRun run = BenchRun.of("bench", "evidence", "--measures", "120", "--inspections", "2", "--files", "3",
                "--file-size", "10240", "--repeats", "1", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.get("benchmark").asText()).isEqualTo("evidence");
        assertThat(r.get("measures").asInt()).isEqualTo(120);
        assertThat(r.get("files").asInt()).isEqualTo(3);
        assertThat(r.get("evidence_bytes").asLong()).isEqualTo(3 * 10240);
        assertThat(r.get("ledger_bytes_after").asLong()).isGreaterThan(r.get("ledger_bytes_before").asLong());
        for (String fact : List.of("open_ms_before", "open_ms_after", "open_ratio")) {
            assertThat(r.get(fact).isNumber()).as(fact).isTrue();
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode step : r.get("steps")) {
            keys.add(step.get("key").asText());
            assertThat(step.get("ms").asDouble()).as(step.toString()).isGreaterThanOrEqualTo(0);
        }
        assertThat(keys).containsExactly("create", "create_close", "open_first", "open", "open_read_only", "attach",
                "attach_file", "attach_close", "open_with_evidence", "open_read_only_with_evidence", "export_folder",
                "verify_folder", "export_zip", "verify_zip", "check");
        for (String repeated : List.of("open", "open_with_evidence", "attach_file", "check")) {
            assertThat(stepOf(r, repeated).get("repeat_ms").isNumber()).as(repeated).isTrue();
        }
        assertThat(stepOf(r, "attach").get("result").asText()).startsWith("共 30.7 KB");
        assertThat(stepOf(r, "export_zip").get("result").asText()).isEqualTo("3 份文件，30.7 KB");
        assertThat(stepOf(r, "verify_folder").get("result").asText()).isEqualTo("已核验 3 个文件，全部一致");
        assertThat(stepOf(r, "verify_zip").get("result").asText()).isEqualTo("已核验 3 个文件，全部一致");
        assertThat(stepOf(r, "check").get("result").asText()).contains("类问题");

        BenchRun table = BenchRun.of("bench", "evidence", "--measures", "120", "--files", "2", "--file-size", "100",
                "--repeats", "0");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("佐证材料基准测试").contains("open_ms_before: ").contains("open_ms_after: ")
                .contains("尚无佐证材料").contains("有 2 份佐证材料").contains("evidence export").contains("evidence verify")
                .contains("数据质量检查").contains("CPU(ms)");
        assertThat(BenchRun.of("bench", "evidence", "--files", "0").code()).isEqualTo(LedgerCli.USAGE);
    }

    @Test
    void anExistingFileIsNotTouched() throws Exception {
        Path file = dir.resolve("mine.zgtz");
        Files.writeString(file, "重要内容", StandardCharsets.UTF_8);
        BenchRun run = BenchRun.of("bench", "store", "--measures", "100", "--db", file.toString());
        assertThat(run.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(run.err()).contains("文件已存在");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("重要内容");
    }

    @Test
    void aNonsenseSizeIsAUsageError() {
        assertThat(BenchRun.of("bench", "store", "--measures", "0").code()).isEqualTo(LedgerCli.USAGE);
        assertThat(BenchRun.of("bench", "store", "--measures", "many").code()).isEqualTo(LedgerCli.USAGE);
    }

    @Test
    void theSameSeedGivesTheSameLedger() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("a.zgtz", "b.zgtz")) {
            try (LedgerStore store = LedgerStore.open(dir.resolve(name))) {
                SyntheticStore.write(new SyntheticLedger(120, 2, 7), store);
                texts.add(store.inspections().snapshot().measures().stream().map(Measure::text).reduce("", String::concat));
            }
        }
        assertThat(texts.get(0)).isEqualTo(texts.get(1)).isNotEmpty();
    }
}
