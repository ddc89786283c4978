package io.github.rectification.ledger.exchange.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.exchange.export.ExportProgress;
import io.github.rectification.ledger.exchange.export.LedgerExporter;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobTest {
    @TempDir
    Path dir;

    private Path exportOf(String name, String text) throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve(name + ".zgtz"))) {
            Inspection i = s.inspections().add(Inspection.draft(name));
            Problem p = s.inspections().add(Problem.draft(i.id(), "问题" + name));
            s.inspections().add(Measure.draft(p.id(), text));
            Path file = dir.resolve(name + ".xlsx");
            new LedgerExporter(s).export(file, ExportProgress.NONE);
            return file;
        }
    }

    @Test
    void theLedgerIsBackedUpOnceBeforeTheFirstWorkbookThatWritesAndARefusalIsAnOutcome() throws Exception {
        Path first = exportOf("甲", "措施甲");
        Path second = exportOf("乙", "措施乙");
        Path notAWorkbook = Files.writeString(dir.resolve("说明.xlsx"), "不是工作簿");
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            store.inspections().add(Inspection.draft("已有"));
            ImportJob job = new ImportJob(ImportOptions.defaults());

            ImportJob.Outcome refused = job.outcome(notAWorkbook, store, true);
            assertThat(refused.refused()).isTrue();
            assertThat(refused.plan()).isNull();
            assertThat(refused.refusal().getMessage()).contains("说明.xlsx");

            ImportJob.Outcome a = job.outcome(first, store, true);
            ImportJob.Outcome b = job.outcome(second, store, true);
            assertThat(a.refused()).isFalse();
            assertThat(b.refused()).isFalse();
            assertThat(a.plan().backup()).isNotNull();
            assertThat(b.plan().backup()).as("covered by the first one's").isNull();
            assertThat(store.inspections().all()).extracting(Inspection::name).contains("已有", "甲", "乙");
        }
    }

    @Test
    void aPreviewWritesNothingAndMakesNoBackup() throws Exception {
        Path first = exportOf("甲", "措施甲");
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            store.inspections().add(Inspection.draft("已有"));
            ImportJob job = new ImportJob(ImportOptions.defaults());
            ImportJob.Outcome o = job.outcome(first, store, false);
            assertThat(o.plan().applied()).isFalse();
            assertThat(o.plan().backup()).isNull();
            assertThat(store.inspections().all()).extracting(Inspection::name).containsExactly("已有");
            // the preview made no backup, so the import after it makes one
            assertThat(job.apply(first, store).backup()).isNotNull();
        }
    }
}
