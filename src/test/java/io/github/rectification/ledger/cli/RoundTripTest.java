package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.testsupport.Samples;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
            o.elements().forEachRemaining(RoundTripTest::strip);
        } else if (n.isArray()) {
            n.forEach(RoundTripTest::strip);
        }
    }
}
