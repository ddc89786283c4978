package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** import → export → import into a new ledger gives the same dump, ids aside. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed-ledger.xlsx", "seed-ledger.xls", "synthetic-500.xlsx"})
    void anExportedLedgerImportsIntoANewLedgerAsTheSameLedger(String sample) throws Exception {
        Path first = dir.resolve("first.zgtz");
        Path second = dir.resolve("second.zgtz");
        Path exported = dir.resolve("exported.xlsx");
        assertThat(CliRun.of("import", Samples.dir().resolve(sample).toString(), "--db", first.toString()).code())
                .isZero();
        CliRun export = CliRun.of("export", exported.toString(), "--db", first.toString());
        assertThat(export.code()).as(export.err()).isZero();
        CliRun back = CliRun.of("import", exported.toString(), "--db", second.toString(), "--json");
        assertThat(back.code()).as(back.err()).isZero();
        JsonNode report = JSON.readTree(back.out());
        assertThat(report.get("updated").asInt()).isZero();

        JsonNode original = withoutIds(dump(first));
        JsonNode again = withoutIds(dump(second));
        assertThat(again.get("inspections")).isEqualTo(original.get("inspections"));
        assertThat(again).isEqualTo(original);
        assertThat(original.get("inspections").size()).isPositive();
    }

    @Test
    void supportingDepartmentsCompletionDatesSeqLabelsAndDescriptionsComeBack() throws Exception {
        Path first = dir.resolve("first.zgtz");
        Path second = dir.resolve("second.zgtz");
        Path exported = dir.resolve("exported.xlsx");
        try (LedgerStore store = LedgerStore.open(first)) {
            Inspection i = store.inspections().add(new Inspection(0, "某局关于巡察反馈意见整改落实台账", "某局党组", "市委第一巡察组",
                    LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 10), null, 0));
            Problem p = store.inspections().add(new Problem(0, i.id(), null, "一", "党的建设", "基层党组织建设薄弱",
                    "支部“三会一课”制度落实不到位,\n组织生活会质量不高", 0));
            Problem sub = store.inspections().add(new Problem(0, i.id(), p.id(), "(一)", "党的建设", "支部换届不及时", "两个支部超期未换届", 0));
            store.inspections().add(MeasureBuilder.under(p.id()).seq("1.1").text("严格落实三会一课").leader("张书记").department("机关党委")
                    .supporting(List.of("办公室", "组织人事科")).person("王五")
                    .deadline(Deadline.on(LocalDate.of(2024, 6, 30))).status(Status.DONE)
                    .completedOn(LocalDate.of(2024, 6, 15)).progress("已落实").build());
            store.inspections().add(MeasureBuilder.under(p.id()).seq("1.2").text("开展专题培训").leader("张书记").department("机关党委")
                    .person("王五").deadline(Deadline.longTerm()).status(Status.LONG_TERM).build());
            store.inspections().add(MeasureBuilder.under(sub.id()).seq("(1)").text("完成换届").leader("李局长").department("组织人事科")
                    .supporting(List.of("机关党委")).person("赵六").deadline(Deadline.immediate()).status(Status.DONE)
                    .completedOn(LocalDate.of(2024, 5, 31)).progress("已换届").build());
        }
        CliRun export = CliRun.of("export", exported.toString(), "--db", first.toString());
        assertThat(export.code()).as(export.err()).isZero();
        CliRun back = CliRun.of("import", exported.toString(), "--db", second.toString(), "--json");
        assertThat(back.code()).as(back.err()).isZero();

        JsonNode original = withoutIds(dump(first));
        assertThat(withoutIds(dump(second))).isEqualTo(original);
        JsonNode problem = original.get("inspections").get(0).get("problems").get(0);
        assertThat(problem.get("description").asText()).startsWith("支部");
        JsonNode measure = problem.get("measures").get(0);
        assertThat(measure.get("seq").asText()).isEqualTo("1.1");
        assertThat(measure.get("supporting_departments")).hasSize(2);
        assertThat(measure.get("completed_on").asText()).isEqualTo("2024-06-15");
    }

    private static JsonNode dump(Path db) throws Exception {
        CliRun r = CliRun.of("dump", "--db", db.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    /** The dump with every id removed and register links given as the linked problem's title. */
    static JsonNode withoutIds(JsonNode dump) {
        JsonNode copy = dump.deepCopy();
        Map<Long, String> titles = new HashMap<>();
        for (JsonNode i : copy.get("inspections")) {
            collectTitles(i.get("problems"), titles);
        }
        for (String register : new String[] {"accountability", "institutions"}) {
            for (JsonNode r : copy.get(register)) {
                ObjectNode o = (ObjectNode) r;
                JsonNode link = o.get("problem_id");
                o.put("problem", link == null || link.isNull() ? null : titles.get(link.asLong()));
                o.remove("problem_id");
            }
        }
        strip(copy);
        return copy;
    }

    private static void collectTitles(JsonNode problems, Map<Long, String> titles) {
        for (JsonNode p : problems) {
            titles.put(p.get("id").asLong(), p.get("title").asText());
            collectTitles(p.get("problems"), titles);
        }
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("id");
            o.remove("uid");
            o.elements().forEachRemaining(RoundTripTest::strip);
        } else if (n.isArray()) {
            n.forEach(RoundTripTest::strip);
        }
    }
}
