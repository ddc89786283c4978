package io.github.rectification.ledger.exchange.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.DistributedWorkbook;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department of the directory gets one workbook for the measures written by its name and by its
 * aliases, and its return is merged as its own part: a measure written by an alias is not another
 * department's.
 */
class DirectoryDistributionTest {
    @TempDir
    Path dir;

    @Test
    void theMeasuresWrittenByAnAliasAreTheDepartmentsPartAndItsReturnIsTakenWithoutConflicts() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
            Measure named = store.inspections().add(MeasureBuilder.under(p.id()).text("措施甲").department("办公室").build());
            Measure aliased = store.inspections().add(MeasureBuilder.under(p.id()).text("措施乙").department("局办公室").build());
            store.inspections().add(MeasureBuilder.under(p.id()).text("措施丙").department("财务科").build());
            store.directory().buildFromLedger();
            store.directory().merge("办公室", "局办公室");
            Map<Long, String> uids = store.history().uids(RecordKind.MEASURE);

            Distributor.Round round = new Distributor(store).distribute(dir.resolve("out"), new Distributor.Request(
                    List.of(), Distributor.By.DEPARTMENT, null, null, null));
            assertThat(round.files()).extracting(Distributor.Sent::recipient).containsExactly("办公室", "财务科");
            Distributor.Sent office = round.files().get(0);
            assertThat(office.measures()).isEqualTo(2);

            Path returned = dir.resolve("returned.xlsx");
            try (DistributedWorkbook w = DistributedWorkbook.open(office.file())) {
                w.set(uids.get(named.id()), "整改进展情况", "甲的进展");
                w.set(uids.get(aliased.id()), "整改进展情况", "乙的进展");
                w.saveAs(returned);
            }
            ImportPlan plan = LedgerImporter.apply(returned, store, ImportOptions.defaults());

            assertThat(plan.department()).as("the part is the department's").isEqualTo("办公室");
            assertThat(plan.conflicts()).isEmpty();
            assertThat(plan.updated()).isEqualTo(2);
            assertThat(store.inspections().measures(List.of(named.id(), aliased.id())).values())
                    .extracting(Measure::progress).containsExactlyInAnyOrder("甲的进展", "乙的进展");
            assertThat(store.inspections().measures(List.of(aliased.id())).get(aliased.id()).department()).isEqualTo("局办公室");
        }
    }
}
