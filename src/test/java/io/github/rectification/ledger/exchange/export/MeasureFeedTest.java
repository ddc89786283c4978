package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureFeedTest {
    @TempDir
    Path dir;

    private List<Long> fill(LedgerStore s, int problems, int measures) {
        Inspection i = s.add(Inspection.draft("巡察"));
        List<Long> ids = new ArrayList<>();
        s.bulk(w -> {
            for (int p = 1; p <= problems; p++) {
                Problem added = w.add(Problem.draft(i.id(), "问题" + p));
                ids.add(added.id());
                for (int m = 1; m <= measures; m++) {
                    w.add(Measure.draft(added.id(), p + "-" + m));
                }
            }
            return null;
        });
        return ids;
    }

    @Test
    void handsOverEveryMeasureInOrderAcrossBatches() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            List<Long> ids = fill(s, 120, 7);
            List<String> texts = new ArrayList<>();
            try (MeasureFeed feed = new MeasureFeed(s, ids)) {
                for (MeasureFeed.Item item = feed.next(); item != null; item = feed.next()) {
                    texts.add(item.measure().text());
                    assertThat(item.uid()).isEqualTo(s.uidOf("measure", item.measure().id()));
                }
                assertThat(feed.next()).isNull();
            }
            assertThat(texts).hasSize(840).startsWith("1-1", "1-2").endsWith("120-7");
        }
    }

    @Test
    void aWriterThatStopsEarlyReleasesTheReader() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            List<Long> ids = fill(s, 300, 10);
            try (MeasureFeed feed = new MeasureFeed(s, ids)) {
                assertThat(feed.next()).isNotNull();
            }
            // the reader has let go of the store: the store answers at once
            assertThat(s.inspections()).hasSize(1);
        }
    }

    @Test
    void aFailedReadReachesTheWriter() throws Exception {
        Path file = dir.resolve("l.zgtz");
        LedgerStore s = LedgerStore.open(file);
        List<Long> ids = fill(s, 2, 2);
        s.close();
        MeasureFeed feed = new MeasureFeed(s, ids);
        assertThatThrownBy(feed::next).isInstanceOf(StoreException.class);
        feed.close();
    }
}
