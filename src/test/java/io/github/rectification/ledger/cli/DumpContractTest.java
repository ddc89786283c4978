package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpContractTest {
    private static final List<String> ROOT = List.of("inspections", "accountability", "institutions");
    private static final List<String> INSPECTION =
            List.of("id", "uid", "name", "inspected_unit", "inspection_group", "feedback_date", "problems");
    private static final List<String> PROBLEM =
            List.of("id", "uid", "seq", "category", "title", "description", "problems", "measures");
    private static final List<String> MEASURE = List.of("id", "uid", "seq", "text", "leader", "department",
            "supporting_departments", "person", "deadline", "deadline_text", "deadline_kind", "status",
            "completed_on", "progress", "remarks");
    private static final List<String> ACCOUNTABILITY = List.of("id", "uid", "person", "position", "kind", "problem_id", "date");
    private static final List<String> INSTITUTION = List.of("id", "uid", "title", "doc_no", "kind", "issued_on", "problem_id");

    @TempDir
    Path dir;

    @Test
    void dumpOfTheSeedLedgerFollowsTheContract() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        Ledger stored;
        try (LedgerStore store = SeedLedger.create(file)) {
            long problem = store.inspections().snapshot().problems().get(13).id();
            store.registers().add(new AccountabilityRecord(0, "张某", "科员", "批评教育", problem, LocalDate.of(2022, 3, 1)));
            store.registers().add(new InstitutionRecord(0, "《温州市民政局建设工程实施管理办法》", "温民基建〔2022〕28号",
                    InstitutionKind.NEW, null, problem, null));
            stored = store.inspections().snapshot();
        }
        CliRun run = CliRun.of("dump", "--db", file.toString(), "--json");
        assertThat(run.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());

        assertThat(keys(root)).isEqualTo(ROOT);
        JsonNode inspection = root.get("inspections").get(0);
        assertThat(root.get("inspections")).hasSize(1);
        assertThat(keys(inspection)).isEqualTo(INSPECTION);
        assertThat(inspection.get("name").asText()).isEqualTo(SeedLedger.INSPECTION_NAME);
        assertThat(inspection.get("feedback_date").asText()).isEqualTo("2022-01-14");

        JsonNode problems = inspection.get("problems");
        assertThat(problems).hasSize(SeedLedger.PROBLEMS);
        List<JsonNode> measures = new ArrayList<>();
        for (JsonNode p : problems) {
            assertThat(keys(p)).isEqualTo(PROBLEM);
            assertThat(p.get("problems")).isEmpty();
            p.get("measures").forEach(measures::add);
        }
        assertThat(problems.get(0).get("seq").asText()).isEqualTo("(一)");
        assertThat(problems.get(13).get("title").asText()).isEqualTo("部分问题整改不够到位");
        assertThat(measures).hasSize(SeedLedger.MEASURES);
        for (int k = 0; k < measures.size(); k++) {
            JsonNode m = measures.get(k);
            Measure s = stored.measures().get(k);
            assertThat(keys(m)).isEqualTo(MEASURE);
            assertThat(m.get("id").asLong()).isEqualTo(s.id());
            assertThat(m.get("text").asText()).isEqualTo(s.text());
            assertThat(m.get("progress").asText()).isEqualTo(s.progress());
            assertThat(m.get("supporting_departments").isArray()).isTrue();
        }
        JsonNode first = measures.get(0);
        assertThat(first.get("deadline").isNull()).isTrue();
        assertThat(first.get("deadline_text").asText()).isEqualTo("长期坚持");
        assertThat(first.get("deadline_kind").asText()).isEqualTo("long_term");
        assertThat(first.get("status").asText()).isEqualTo("done");
        assertThat(first.get("department").asText()).isEqualTo("机关党委");
        JsonNode screws = measures.stream().filter(m -> m.get("text").asText().contains("市螺丝厂")).findFirst()
                .orElseThrow();
        assertThat(screws.get("status").asText()).isEqualTo("in_progress");
        assertThat(screws.get("deadline").asText()).isEqualTo("2022-12-31");
        assertThat(screws.get("deadline_text").isNull()).isTrue();
        assertThat(screws.get("deadline_kind").asText()).isEqualTo("date");
        assertThat(screws.get("completed_on").isNull()).isTrue();

        JsonNode acc = root.get("accountability").get(0);
        assertThat(keys(acc)).isEqualTo(ACCOUNTABILITY);
        assertThat(acc.get("problem_id").asLong()).isEqualTo(problems.get(13).get("id").asLong());
        assertThat(acc.get("date").asText()).isEqualTo("2022-03-01");
        JsonNode inst = root.get("institutions").get(0);
        assertThat(keys(inst)).isEqualTo(INSTITUTION);
        assertThat(inst.get("doc_no").asText()).isEqualTo("温民基建〔2022〕28号");
        assertThat(inst.get("kind").asText()).isEqualTo("new");
        assertThat(inst.get("issued_on").isNull()).isTrue();
    }

    @Test
    void subProblemsNestUnderTheirParentAndTextsStayAsStored() throws Exception {
        Path file = dir.resolve("nested.zgtz");
        String formulaLike = "=SUM(A1)  前后空格 ";
        try (LedgerStore store = LedgerStore.open(file)) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem parent = store.inspections().add(new Problem(0, i.id(), null, "(一)", "全面从严治党方面", "总问题", "", 0));
            Problem child = store.inspections().add(new Problem(0, i.id(), parent.id(), "1.", "", "子问题", "说明", 0));
            store.inspections().add(MeasureBuilder.under(child.id()).seq("(1)").text(formulaLike)
                    .supporting(List.of("人事处", "财务处"))
                    .deadline(new Deadline(DeadlineKind.DATE, LocalDate.of(2022, 3, 31), "2022年3月底"))
                    .status(Status.NOT_STARTED).build());
            store.inspections().add(MeasureBuilder.under(child.id()).seq("(2)").text("立行立改的措施").deadline(Deadline.immediate())
                    .status(Status.DONE).completedOn(LocalDate.of(2022, 2, 1)).build());
        }
        JsonNode root = new ObjectMapper().readTree(CliRun.of("dump", "--db", file.toString(), "--json").out());
        JsonNode parent = root.get("inspections").get(0).get("problems").get(0);
        assertThat(parent.get("measures")).isEmpty();
        JsonNode child = parent.get("problems").get(0);
        assertThat(child.get("title").asText()).isEqualTo("子问题");
        JsonNode m = child.get("measures").get(0);
        assertThat(m.get("text").asText()).isEqualTo(formulaLike);
        assertThat(m.get("deadline").asText()).isEqualTo("2022-03-31");
        assertThat(m.get("deadline_text").asText()).isEqualTo("2022年3月底");
        assertThat(m.get("supporting_departments")).extracting(JsonNode::asText).containsExactly("人事处", "财务处");
        JsonNode immediate = child.get("measures").get(1);
        assertThat(immediate.get("deadline_kind").asText()).isEqualTo("immediate");
        assertThat(immediate.get("completed_on").asText()).isEqualTo("2022-02-01");
    }

    @Test
    void outlineWithoutJson() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        CliRun run = CliRun.of("dump", "--db", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(SeedLedger.INSPECTION_NAME).contains("(十四) 部分问题整改不够到位")
                .contains("[正在推进]");
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
