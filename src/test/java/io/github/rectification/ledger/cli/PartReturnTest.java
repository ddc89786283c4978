package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.DistributedWorkbook;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The return of a department's part is matched against the measures it needs, read apart from the
 * rest of the ledger: a row the department typed in without an id, under a problem it shares with
 * another department, is still recognised by its text as that department's measure (and not added
 * again), and the row it added itself is added once, also when the same return comes again.
 */
class PartReturnTest {
    @TempDir
    Path dir;

    @Test
    void aRowWithoutAnIdIsMatchedByItsTextUnderItsProblemAcrossDepartments() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        Path returned = dir.resolve("报送.xlsx");
        String otherText;
        int before;
        try (LedgerStore store = SeedLedger.create(ledger)) {
            DistributionJob.Result r = DistributionJob.run(store, dir.resolve("下发"),
                    new Distributor.Request(List.of(), Distributor.By.DEPARTMENT, null, null, null), false);
            List<Measure> all = store.inspections().snapshot().measures();
            before = all.size();
            String found = null;
            for (Distributor.Sent s : r.round().files()) {
                try (DistributedWorkbook wb = DistributedWorkbook.open(s.file())) {
                    Long problem = lastProblem(wb, store);
                    Measure other = problem == null ? null : all.stream()
                            .filter(m -> m.problemId() == problem && !m.department().equals(s.recipient()))
                            .findFirst().orElse(null);
                    if (other != null) {
                        found = other.text();
                        wb.addMeasure(other.text(), s.recipient(), "部门照抄的措施", "正在推进");
                        wb.addMeasure("部门新增:每月通报一次进度", s.recipient(), "已启动", "正在推进");
                        wb.saveAs(returned);
                        break;
                    }
                }
            }
            assertThat(found).as("a department's last problem shared with another department").isNotNull();
            otherText = found;
        }

        JsonNode first = new ObjectMapper().readTree(CliRun.of("import", returned.toString(), "--db", ledger.toString(),
                "--json").out());
        JsonNode second = new ObjectMapper().readTree(CliRun.of("import", returned.toString(), "--db", ledger.toString(),
                "--json").out());

        assertThat(first.get("added").asInt()).as(first.toString()).isEqualTo(1);
        assertThat(second.get("added").asInt()).as(second.toString()).isZero();
        try (LedgerStore store = LedgerStore.open(ledger)) {
            List<Measure> after = store.inspections().snapshot().measures();
            assertThat(after).hasSize(before + 1);
            assertThat(after).filteredOn(m -> m.text().equals(otherText)).hasSize(1);
            assertThat(after).filteredOn(m -> m.text().equals("部门新增:每月通报一次进度")).hasSize(1);
        }
    }

    /** The problem of the workbook's last measure row (the one a row typed below it stands under). */
    private static Long lastProblem(DistributedWorkbook wb, LedgerStore store) {
        int column = wb.column("#measure_uid");
        String uid = null;
        for (Row row : wb.sheet()) {
            Cell c = row.getCell(column);
            if (row.getRowNum() > 2 && c != null && !c.toString().isBlank()) {
                uid = c.toString();
            }
        }
        if (uid == null) {
            return null;
        }
        long id = store.history().idOfUid(RecordKind.MEASURE, uid).orElseThrow();
        return store.inspections().measure(id).orElseThrow().problemId();
    }
}
