package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.testsupport.Samples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats --json} counts every deadline warning and lists the first 100; {@code --warnings} lists all. */
class StatsWarningsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theWarningsAreCountedByBandAndDepartmentAndTheFirstHundredListed() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        assertThat(CliRun.of("import", Samples.dir().resolve("synthetic-500.xlsx").toString(), "--db", ledger.toString())
                .code()).isZero();
        JsonNode all = JSON.readTree(CliRun.of("stats", "--db", ledger.toString(), "--json", "--as-of", "2030-01-01",
                "--warnings").out());
        JsonNode some = JSON.readTree(CliRun.of("stats", "--db", ledger.toString(), "--json", "--as-of", "2030-01-01")
                .out());

        int total = all.get("warnings_total").asInt();
        assertThat(total).as("a ledger with more warnings than are listed").isGreaterThan(StatsCommand.LISTED);
        assertThat(all.get("warnings")).hasSize(total);
        assertThat(some.get("warnings_total").asInt()).isEqualTo(total);
        assertThat(some.get("warnings")).hasSize(StatsCommand.LISTED);
        assertThat(some.get("warnings_listed").asInt()).isEqualTo(StatsCommand.LISTED);
        for (int i = 0; i < StatsCommand.LISTED; i++) {
            assertThat(some.get("warnings").get(i)).isEqualTo(all.get("warnings").get(i));
        }
        int byBand = 0;
        for (JsonNode n : some.get("warnings_by_band")) {
            byBand += n.asInt();
        }
        assertThat(byBand).isEqualTo(total);
        int byDepartment = 0;
        for (JsonNode d : some.get("warnings_by_department")) {
            byDepartment += d.get("overdue").asInt() + d.get("due_soon").asInt() + d.get("upcoming").asInt();
        }
        assertThat(byDepartment).isEqualTo(total);
        assertThat(some.get("warnings").get(0).get("measure").asText()).as("listed with its text").isNotBlank();
        all.fieldNames().forEachRemaining(key -> assertThat(some.has(key)).as(key).isTrue());
    }
}
