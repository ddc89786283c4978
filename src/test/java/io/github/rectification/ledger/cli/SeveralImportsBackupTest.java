package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.DistributedWorkbook;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several returns imported in one run are backed up once, before the first that writes: the
 * backups kept (the newest few) are not pushed out by copies of nearly the same ledger.
 */
class SeveralImportsBackupTest {
    @TempDir
    Path dir;

    @Test
    void threeReturnsInOneRunMakeOneImportBackup() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        List<Path> returns = new java.util.ArrayList<>();
        try (LedgerStore store = SeedLedger.create(ledger)) {
            DistributionJob.Result r = DistributionJob.run(store, dir.resolve("下发"),
                    new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, null, null, null), false);
            for (Distributor.Sent s : r.round().files().subList(0, 3)) {
                Measure m = store.inspections().snapshot().measures().stream().filter(x -> x.department().equals(s.recipient()))
                        .findFirst().orElseThrow();
                Path back = dir.resolve("报送-" + s.file().getFileName());
                try (DistributedWorkbook wb = DistributedWorkbook.open(s.file())) {
                    wb.set(store.history().uidOf(RecordKind.MEASURE, m.id()), "整改进展情况", "报送的进展 " + s.recipient()).saveAs(back);
                }
                returns.add(back);
            }
        }
        List<String> args = new java.util.ArrayList<>(List.of("import"));
        returns.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--db", ledger.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        try (LedgerStore store = LedgerStore.open(ledger)) {
            long imports = Backups.forLedger(ledger).list().stream().filter(b -> b.kind() == BackupKind.IMPORT).count();
            assertThat(imports).isEqualTo(1);
            assertThat(store.inspections().snapshot().measures()).filteredOn(m -> m.progress().startsWith("报送的进展 ")).hasSize(3);
        }
    }
}
