package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample workbook imports, through the importer's API, to exactly the figures and samples of its JSON. */
class SampleImportTest {
    @TempDir
    Path dir;

    static Stream<Samples.Case> cases() {
        return Samples.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsToItsExpectations(Samples.Case c) throws Exception {
        Path db = dir.resolve("ledger.zgtz");
        try (LedgerStore store = LedgerStore.open(db)) {
            if (c.expect().equals("reject")) {
                assertThatThrownBy(() -> LedgerImporter.apply(c.file(), store, ImportOptions.defaults()))
                        .isInstanceOf(ImportRejectedException.class)
                        .hasMessageContaining(c.file().getFileName().toString());
                assertThat(store.inspections().isEmpty()).isTrue();
                return;
            }
            ImportPlan preview = LedgerImporter.preview(c.file(), store, ImportOptions.defaults());
            assertThat(store.inspections().isEmpty()).as("a preview writes nothing").isTrue();
            ImportPlan plan = LedgerImporter.apply(c.file(), store, ImportOptions.defaults());
            assertThat(plan.applied()).isTrue();
            assertThat(plan.measures()).isEqualTo(c.expected().get("measures").asInt()).isEqualTo(preview.measures());
            assertThat(plan.problems()).isEqualTo(c.expected().get("problems").asInt());
            assertThat(plan.inspections()).isEqualTo(c.expected().get("inspections").asInt());
            assertThat(plan.added()).isEqualTo(preview.added())
                    .isEqualTo(plan.inspections() + plan.problems() + plan.measures());
            for (Status s : Status.values()) {
                assertThat(plan.byStatus().get(s)).isGreaterThanOrEqualTo(c.expected().get("status").get(s.code()).asInt());
            }
            Ledger ledger = store.inspections().snapshot();
            List<String> sheets = plan.items(ImportPlan.Change.ADDED).stream()
                    .filter(i -> i.kind() == ImportPlan.Kind.INSPECTION).map(ImportPlan.Item::sheet).toList();
            Samples.check(c, ledger, Samples.sheetsInOrder(ledger, sheets));
        }
    }
}
