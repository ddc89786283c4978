package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}: exit 0 with findings too; as JSON every kind with its count, summary and records
 * (each naming its problem and measure), as text each summary with its first five records.
 */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSeedLedgersFindingsAsJsonAndAsText() throws Exception {
        Path db = dir.resolve("seed.zgtz");
        String workbook = Path.of(System.getProperty("samples.dir"), "seed-ledger.xlsx").toString();
        assertThat(CliRun.of("import", workbook, "--db", db.toString()).code()).isZero();
        Set<Long> measures = new HashSet<>();
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            store.inspections().snapshot().measures().stream()
                    .filter(m -> m.status() == io.github.rectification.ledger.domain.Status.DONE && m.completedOn() == null)
                    .map(Measure::id).forEach(measures::add);
        }

        CliRun run = CliRun.of("check", "--db", db.toString(), "--json", "--as-of=2022-07-28");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode checks = JSON.readTree(run.out()).get("checks");
        assertThat(checks).hasSize(1);
        JsonNode f = checks.get(0);
        assertThat(f.get("kind").asText()).isEqualTo("done_without_completion_date");
        assertThat(f.get("count").asInt()).isEqualTo(37).isEqualTo(measures.size());
        assertThat(f.get("summary").asText()).contains("37");
        Set<Long> named = new HashSet<>();
        for (JsonNode r : f.get("records")) {
            assertThat(r.get("problem_id").isIntegralNumber()).isTrue();
            assertThat(r.get("message").asText()).isNotBlank();
            named.add(r.get("measure_id").asLong());
        }
        assertThat(named).isEqualTo(measures);

        CliRun text = CliRun.of("check", "--db", db.toString(), "--as-of=2022-07-28");
        assertThat(text.code()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo(f.get("summary").asText());
        assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(l).startsWith("  "));
        assertThat(lines.get(6)).isEqualTo("  …另有 32 条");
        for (int k = 0; k < 5; k++) {
            assertThat(lines.get(1 + k)).isEqualTo("  " + f.get("records").get(k).get("message").asText());
        }
    }
}
