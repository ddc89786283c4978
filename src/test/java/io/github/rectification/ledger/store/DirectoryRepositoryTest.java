package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRepositoryTest {
    @TempDir
    Path dir;

    private static void measure(LedgerStore store, long problem, String department, List<String> supporting) {
        store.inspections().add(MeasureBuilder.under(problem).department(department).supporting(supporting).build());
    }

    private LedgerStore ledger() throws Exception {
        LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"));
        Inspection i = store.inspections().add(Inspection.draft("巡察"));
        Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
        measure(store, p.id(), "办公室", List.of("机关党委"));
        measure(store, p.id(), "局办公室", List.of());
        measure(store, p.id(), "社会事务处(慈善处)", List.of());
        measure(store, p.id(), "社会事务处（慈善处）", List.of("办公室 "));
        return store;
    }

    @Test
    void theDirectoryIsBuiltFromTheLedgerWithNamesWrittenAlikeOnceAndLookalikesOnlyOffered() throws Exception {
        try (LedgerStore store = ledger()) {
            List<Department> added = store.directory().buildFromLedger();
            assertThat(added).extracting(Department::name)
                    .containsExactly("办公室", "局办公室", "社会事务处(慈善处)", "机关党委");
            assertThat(store.directory().buildFromLedger()).as("built once").isEmpty();
            assertThat(store.directory().resolve("社会事务处（慈善处）")).map(Department::name).contains("社会事务处(慈善处)");
            assertThat(store.directory().suggestions()).singleElement().satisfies(s -> {
                assertThat(List.of(s.name(), s.other())).containsExactlyInAnyOrder("办公室", "局办公室");
                assertThat(s.measures() + s.otherMeasures()).as("lead and supporting").isEqualTo(3);
            });
            assertThat(store.directory().all()).hasSize(4);
        }
    }

    @Test
    void aMergeMakesTheOtherNameAnAliasAndKeepsTheLedgersTexts() throws Exception {
        try (LedgerStore store = ledger()) {
            store.directory().buildFromLedger();
            Department office = store.directory().resolve("局办公室").orElseThrow();
            store.directory().update(new Department(office.id(), office.name(), List.of(), "李四", "office@example.org"));
            Department kept = store.directory().merge("办公室", "局办公室");
            assertThat(kept.aliases()).containsExactly("局办公室");
            assertThat(kept.contact()).isEqualTo("李四");
            assertThat(kept.email()).isEqualTo("office@example.org");
            assertThat(store.directory().resolve("局办公室")).map(Department::id).contains(kept.id());
            assertThat(store.directory().suggestions()).isEmpty();
            assertThat(store.inspections().snapshot().measures()).extracting(Measure::department).contains("局办公室");

            Department withAlias = store.directory().update(new Department(kept.id(), kept.name(),
                    List.of("局办公室", "办"), "李四", "office@example.org"));
            assertThat(store.directory().resolve("办")).map(Department::name).contains("办公室");
            Department party = store.directory().resolve("机关党委").orElseThrow();
            assertThatThrownBy(() -> store.directory().update(new Department(party.id(), party.name(), List.of("办"),
                    "", ""))).hasMessageContaining("办公室");
            assertThat(store.directory().resolve("办")).map(Department::id).contains(withAlias.id());
        }
    }
}
