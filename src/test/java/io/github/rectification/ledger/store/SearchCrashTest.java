package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Ledger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies in the middle of a write, its search index built and following the changes,
 * leaves a ledger whose search on the next open finds what was committed and nothing of the
 * transaction that died, exactly as the definition over its records says.
 */
class SearchCrashTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "bulk"})
    void searchAfterACrashAnswersFromTheCommittedRows(String mode) throws Exception {
        Path file = dir.resolve("crash-" + mode + ".zgtz");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SearchCrashWriter.class.getName(), file.toString(), mode).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("dying");
        assertThat(p.exitValue()).isEqualTo(9);

        try (LedgerStore store = LedgerStore.open(file); LedgerStore reader = LedgerStore.openReadOnly(file)) {
            assertThat(store.inspections().find(MeasureFilter.text("已提交的措施", SearchPropertyTest.TODAY)).measureIds())
                    .hasSize(1);
            assertThat(reader.inspections().find(MeasureFilter.text("未提交", SearchPropertyTest.TODAY)).measureIds())
                    .isEmpty();
            Ledger l = store.inspections().snapshot();
            Random r = new Random(3);
            for (int k = 0; k < 200; k++) {
                MeasureFilter f = SearchPropertyTest.filter(l, r);
                FilterHits expected = SearchPropertyTest.definition(l, f);
                assertThat(store.inspections().find(f)).as("query «" + f.text() + "»").isEqualTo(expected);
                assertThat(reader.inspections().find(f)).as("reader, query «" + f.text() + "»").isEqualTo(expected);
            }
        }
    }
}
