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
import io.github.rectification.ledger.testsupport.LedgerChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returns imported from the command line copy no ledger: each keeps, in the ledger and in its own
 * transaction, the before-image of the rows it writes, and {@code import --undo} puts the ledger
 * back as it was before them, one import after the other, byte for byte in its rows.
 */
class SeveralImportsBackupTest {
    @TempDir
    Path dir;

    @Test
    void threeReturnsInOneRunKeepTheirBeforeImagesAndUndoPutsTheLedgerBack() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        List<Path> returns = returns(ledger, 3);
        Map<String, List<String>> before = LedgerChecks.rows(ledger);

        List<String> args = new java.util.ArrayList<>(List.of("import"));
        returns.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--db", ledger.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("导入前的原值已保存在台账中");
        Map<String, List<String>> imported = LedgerChecks.rows(ledger);
        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThat(Backups.forLedger(ledger).list()).noneMatch(b -> b.kind() == BackupKind.IMPORT);
            assertThat(store.beforeImages().list()).hasSize(3);
            assertThat(store.inspections().snapshot().measures()).filteredOn(m -> m.progress().startsWith("报送的进展 ")).hasSize(3);
            assertThat(store.distributions().batches()).isNotEmpty();
        }
        assertThat(imported).isNotEqualTo(before);

        for (int i = 0; i < 3; i++) {
            CliRun undo = CliRun.of("import", "--undo", "--db", ledger.toString());
            assertThat(undo.code()).as(undo.err()).isZero();
            assertThat(undo.out()).contains("已恢复到导入", returns.get(2 - i).getFileName().toString());
        }
        assertThat(LedgerChecks.rows(ledger)).as("every row as before the imports").isEqualTo(before);
        LedgerChecks.assertIntact(ledger);
        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThat(store.inspections().snapshot().measures()).noneMatch(m -> m.progress().startsWith("报送的进展 "));
            assertThat(store.beforeImages().list()).isEmpty();
        }
        CliRun none = CliRun.of("import", "--undo", "--db", ledger.toString());
        assertThat(none.code()).isEqualTo(3);

        // imported again after the undo, the same returns change the same rows
        CliRun again = CliRun.of(args.toArray(String[]::new));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(withoutTimes(LedgerChecks.rows(ledger))).isEqualTo(withoutTimes(imported));

        // and once more: nothing changes, and no before-image is kept of an import that changed nothing
        Map<String, List<String>> twice = LedgerChecks.rows(ledger);
        CliRun unchanged = CliRun.of(args.toArray(String[]::new));
        assertThat(unchanged.code()).isZero();
        assertThat(unchanged.out()).as("nothing kept, nothing said").doesNotContain("导入前的原值已保存在台账中");
        assertThat(LedgerChecks.rows(ledger)).isEqualTo(twice);
        try (LedgerStore store = LedgerStore.open(ledger)) {
            assertThat(store.beforeImages().list()).hasSize(3);
        }
    }

    @Test
    void aChangeAfterTheImportRefusesTheUndoAndLeavesTheLedgerAsItIs() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        List<Path> returns = returns(ledger, 1);
        assertThat(CliRun.of("import", returns.get(0).toString(), "--db", ledger.toString()).code()).isZero();
        String uid;
        try (LedgerStore store = LedgerStore.open(ledger)) {
            Measure m = store.inspections().snapshot().measures().get(0);
            uid = store.history().uidOf(RecordKind.MEASURE, m.id());
        }
        assertThat(CliRun.of("edit", "--db", ledger.toString(), "--measure", uid, "--set", "remarks=导入后的修改").code()).isZero();
        Map<String, List<String>> edited = LedgerChecks.rows(ledger);

        CliRun undo = CliRun.of("import", "--undo", "--db", ledger.toString());
        assertThat(undo.code()).isEqualTo(3);
        assertThat(undo.err()).contains("之后台账又有修改");
        assertThat(LedgerChecks.rows(ledger)).isEqualTo(edited);
    }

    /** A seed ledger distributed, and the returns of its first {@code n} departments, each with one progress changed. */
    private List<Path> returns(Path ledger, int n) throws Exception {
        List<Path> returns = new java.util.ArrayList<>();
        try (LedgerStore store = SeedLedger.create(ledger)) {
            DistributionJob.Result r = DistributionJob.run(store, dir.resolve("下发"),
                    new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, null, null, null), false);
            for (Distributor.Sent s : r.round().files().subList(0, n)) {
                Measure m = store.inspections().snapshot().measures().stream().filter(x -> x.department().equals(s.recipient()))
                        .findFirst().orElseThrow();
                Path back = dir.resolve("报送-" + s.file().getFileName());
                try (DistributedWorkbook wb = DistributedWorkbook.open(s.file())) {
                    wb.set(store.history().uidOf(RecordKind.MEASURE, m.id()), "整改进展情况", "报送的进展 " + s.recipient()).saveAs(back);
                }
                returns.add(back);
            }
        }
        return returns;
    }

    /** The rows without the tables that note when something happened (history, returns, before-images). */
    private static Map<String, List<String>> withoutTimes(Map<String, List<String>> rows) {
        Map<String, List<String>> out = new java.util.TreeMap<>(rows);
        out.keySet().removeIf(t -> t.equals("history") || t.equals("distribution_return") || t.startsWith("import_before"));
        return out;
    }
}
