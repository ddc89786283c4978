package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk write commits through a rollback journal when it has the file to itself, and through the
 * write-ahead log when another connection reads the file; either way the file is in WAL mode after.
 */
class BulkJournalTest {
    @TempDir
    Path dir;

    @Test
    void aloneTheBulkWriteUsesARollbackJournalAndTheFileReturnsToWal() throws Exception {
        Path file = dir.resolve("alone.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            String[] during = new String[2];
            store.unitOfWork().bulk(ChangeSource.importOf("台账.xlsx"), w -> {
                Problem p = w.add(Problem.draft(w.add(Inspection.draft("巡察")).id(), "问题"));
                for (int k = 0; k < 2000; k++) {
                    w.add(Measure.draft(p.id(), "措施" + k));
                }
                during[0] = pragma(store, "journal_mode");
                during[1] = pragma(store, "synchronous");
                return null;
            });
            assertThat(during).containsExactly("delete", "2");
            assertThat(pragma(store, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(store, "synchronous")).isEqualTo("1");
            assertThat(Files.exists(Path.of(file + "-journal"))).isFalse();
        }
        try (LedgerStore again = LedgerStore.openReadOnly(file)) {
            Problem p = again.inspections().problems(again.inspections().all().get(0).id(), null).get(0);
            assertThat(again.inspections().measures(p.id())).hasSize(2000);
        }
    }

    @Test
    void withAReaderOpenTheBulkWriteStaysInTheLog() throws Exception {
        Path file = dir.resolve("shared.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            Problem p = store.inspections().add(Problem.draft(store.inspections().add(Inspection.draft("巡察")).id(), "问题"));
            try (LedgerStore reader = LedgerStore.openReadOnly(file)) {
                assertThat(reader.inspections().measures(p.id())).isEmpty();
                String[] during = new String[1];
                store.unitOfWork().bulk(w -> {
                    for (int k = 0; k < 500; k++) {
                        w.add(Measure.draft(p.id(), "措施" + k));
                    }
                    during[0] = pragma(store, "journal_mode");
                    return null;
                });
                assertThat(during[0]).isEqualTo("wal");
                assertThat(reader.inspections().measures(p.id())).hasSize(500);
            }
            assertThat(pragma(store, "journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void aFailedBulkWriteLeavesNothingAndTheFileInWal() throws Exception {
        Path file = dir.resolve("failed.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            Problem p = store.inspections().add(Problem.draft(store.inspections().add(Inspection.draft("巡察")).id(), "问题"));
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                for (int k = 0; k < 1500; k++) {
                    w.add(Measure.draft(p.id(), "措施" + k));
                }
                w.flush();
                throw new IllegalStateException("中途失败");
            })).hasMessage("中途失败");
            assertThat(store.inspections().measures(p.id())).isEmpty();
            assertThat(pragma(store, "journal_mode")).isEqualTo("wal");
            assertThat(Files.exists(Path.of(file + "-journal"))).isFalse();
        }
    }

    private static String pragma(LedgerStore store, String name) {
        return store.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
