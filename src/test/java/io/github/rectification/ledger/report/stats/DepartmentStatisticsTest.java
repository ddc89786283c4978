package io.github.rectification.ledger.report.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics by lead department count a department written by one of its aliases under the department. */
class DepartmentStatisticsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    /** 办公室 written three ways (办公室, 局办公室, 办), one of them done; 财务科 once. */
    private LedgerStore ledger() throws Exception {
        LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"));
        Inspection i = store.inspections().add(Inspection.draft("巡察"));
        Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
        Deadline overdue = Deadline.on(DAY.minusDays(10));
        store.inspections().add(MeasureBuilder.under(p.id()).text("甲").department("办公室").status(Status.DONE)
                .completedOn(DAY.minusDays(30)).deadline(overdue).build());
        store.inspections().add(MeasureBuilder.under(p.id()).text("乙").department("局办公室").deadline(overdue).build());
        store.inspections().add(MeasureBuilder.under(p.id()).text("丙").department("财务科").build());
        store.inspections().add(MeasureBuilder.under(p.id()).text("丁").department("办").deadline(overdue).build());
        return store;
    }

    private static void aliases(LedgerStore store) {
        store.directory().buildFromLedger();
        store.directory().merge("办公室", "局办公室");
        store.directory().merge("办公室", "办");
    }

    @Test
    void anAliasIsCountedWithItsDepartmentInTheStatisticsAndTheirListing() throws Exception {
        try (LedgerStore store = ledger()) {
            aliases(store);

            LedgerStatistics s = StatisticsService.of(store, DAY);
            assertThat(s.byDepartment()).extracting(GroupFigures::name).containsExactly("办公室", "财务科");
            GroupFigures office = s.byDepartment().get(0);
            assertThat(office.figures().measures()).isEqualTo(3);
            assertThat(office.figures().count(Status.DONE)).isEqualTo(1);
            assertThat(office.figures().overdue()).isEqualTo(2);
            Measure written = store.inspections().snapshot().measures().stream().filter(m -> m.text().equals("丁")).findFirst()
                    .orElseThrow();
            assertThat(s.departmentOf(written)).isEqualTo("办公室");

            // stats --json counts from the narrow snapshot: the same groups, the warnings by department too
            StatisticsListing listing = StatisticsListing.of(store, DAY, -1);
            assertThat(listing.byDepartment()).isEqualTo(s.byDepartment());
            assertThat(listing.warningsByDepartment()).containsOnlyKeys("办公室");
            assertThat(listing.warningsByDepartment().get("办公室").values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(2);
        }
    }

    @Test
    void withoutTheDirectoryEveryNameIsItsOwnGroup() throws Exception {
        try (LedgerStore store = ledger()) {
            assertThat(StatisticsService.of(store, DAY).byDepartment()).extracting(GroupFigures::name)
                    .containsExactly("办公室", "局办公室", "财务科", "办");
            aliases(store);
            LedgerStatistics plain = StatisticsService.compute(store.inspections().snapshot(), CountingRule.DEFAULT,
                    WarningBands.DEFAULT, DAY);
            assertThat(plain.byDepartment()).hasSize(4);
            LedgerStatistics read = StatisticsService.compute(store.inspections().snapshot(), CountingRule.DEFAULT,
                    WarningBands.DEFAULT, DAY, store.directory().lookup());
            assertThat(read.byDepartment()).extracting(GroupFigures::name).containsExactly("办公室", "财务科");
            assertThat(read.directory()).isEqualTo(DirectoryLookup.of(store.directory().all()));
        }
    }
}
