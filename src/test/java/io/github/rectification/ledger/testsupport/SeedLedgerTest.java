package io.github.rectification.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLedgerTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheSampleLedger() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            Ledger ledger = store.inspections().snapshot();
            assertThat(ledger.inspections()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo(SeedLedger.INSPECTION_NAME);
                assertThat(i.inspectedUnit()).isEqualTo("市民政局党组");
                assertThat(i.inspectionGroup()).isEqualTo("市委第一巡察组");
                assertThat(i.feedbackDate()).isEqualTo(LocalDate.of(2022, 1, 14));
                assertThat(i.reportDate()).isEqualTo(LocalDate.of(2022, 7, 28));
            });
            assertThat(ledger.problems()).extracting(Problem::seq)
                    .containsExactly("(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)",
                            "(十一)", "(十二)", "(十三)", "(十四)");
            assertThat(ledger.problems().get(0).title()).isEqualTo("党组领导核心作用发挥不充分");
            assertThat(ledger.measures()).hasSize(SeedLedger.MEASURES);
            assertThat(ledger.measures()).filteredOn(m -> m.status() == Status.DONE).hasSize(SeedLedger.DONE);
            Measure open = ledger.measures().stream().filter(m -> m.status() == Status.IN_PROGRESS)
                    .findFirst().orElseThrow();
            assertThat(open.text()).contains("市螺丝厂");
            assertThat(open.department()).isEqualTo("办公室");
            assertThat(open.deadline().date()).isEqualTo(LocalDate.of(2022, 12, 31));
            Problem fifth = ledger.problems().get(4);
            Problem thirteenth = ledger.problems().get(12);
            assertThat(ledger.measuresByProblem().get(fifth.id())).hasSize(1);
            assertThat(ledger.measuresByProblem().get(thirteenth.id())).hasSize(1);
        }
    }

    @Test
    void matchesTheSampleExpectations() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            Ledger ledger = store.inspections().snapshot();
            Measure first = measureContaining(ledger, "加强理论武装。认真学习习近平总书");
            assertThat(first.department()).isEqualTo("机关党委");
            assertThat(first.deadline().hasDate()).isFalse();
            Measure digital = measureContaining(ledger, "全力推进数字化改革。增开县(市");
            assertThat(digital.department()).isEqualTo("办公室");
            assertThat(digital.deadline().date()).isEqualTo(LocalDate.of(2022, 6, 30));
            Measure passports = measureContaining(ledger, "加强因私出(国)境证件管理。印发");
            assertThat(passports.department()).isEqualTo("人事处");
            assertThat(passports.deadline().date()).isEqualTo(LocalDate.of(2022, 2, 28));
            Measure works = measureContaining(ledger, "规范工程管理。3月11日印发《温");
            assertThat(works.department()).isEqualTo("财务处");
            assertThat(works.deadline().date()).isEqualTo(LocalDate.of(2022, 3, 31));
        }
    }

    private static Measure measureContaining(Ledger ledger, String part) {
        return ledger.measures().stream().filter(m -> m.text().contains(part)).reduce((a, b) -> {
            throw new AssertionError("two measures contain " + part);
        }).orElseThrow(() -> new AssertionError("no measure contains " + part));
    }

    @Test
    void writesEverythingInOneTransactionIntoAnExistingLedger() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("two.zgtz"))) {
            Inspection a = SeedLedger.writeTo(store);
            Inspection b = SeedLedger.writeTo(store);
            assertThat(b.id()).isNotEqualTo(a.id());
            assertThat(store.inspections().snapshot().measures()).hasSize(2 * SeedLedger.MEASURES);
        }
    }
}
