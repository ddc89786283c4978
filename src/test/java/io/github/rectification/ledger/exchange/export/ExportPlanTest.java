package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export writes the ledger as it was read into its plan, whatever is written to the store while the rows stream. */
class ExportPlanTest {
    @TempDir
    Path dir;

    private static List<Measure> fill(LedgerStore s, int problems, int measures) {
        Inspection i = s.inspections().add(Inspection.draft("巡察"));
        List<Measure> added = new ArrayList<>();
        s.unitOfWork().bulk(w -> {
            for (int p = 1; p <= problems; p++) {
                Problem problem = w.add(Problem.draft(i.id(), "问题" + p));
                for (int m = 1; m <= measures; m++) {
                    added.add(w.add(Measure.draft(problem.id(), "措施" + p + "-" + m)));
                }
            }
            return null;
        });
        return added;
    }

    private static List<String> column(Path file, int column) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            for (int r = ExportLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                out.add(row == null ? "" : f.formatCellValue(row.getCell(column)));
            }
        }
        return out;
    }

    @Test
    void aStoreWriteWhileTheRowsStreamDoesNotChangeTheFile() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            List<Measure> measures = fill(store, 300, 10);
            Measure last = measures.get(measures.size() - 1);
            Path file = dir.resolve("out.xlsx");
            List<Long> writtenAt = new ArrayList<>();
            ExportSummary s = new LedgerExporter(store).export(file, (done, total) -> {
                if (done > 0 && done < total && writtenAt.isEmpty()) {
                    // rows are being written into the package: the store takes the write at once
                    store.inspections().update(last.withStatus(Status.DONE));
                    store.inspections().removeMeasure(measures.get(measures.size() - 2).id());
                    writtenAt.add(done);
                }
            });
            assertThat(writtenAt).as("written while the rows streamed").hasSize(1);
            assertThat(s.measures()).isEqualTo(3000);
            assertThat(store.inspections().measure(last.id()).orElseThrow().status()).isEqualTo(Status.DONE);

            List<String> texts = column(file, ExportLayout.MEASURE);
            List<String> statuses = column(file, ExportLayout.STATUS);
            assertThat(texts).hasSize(3000).endsWith("措施300-9", "措施300-10");
            assertThat(statuses.get(statuses.size() - 1)).isEqualTo(last.status().word());
        }
    }
}
