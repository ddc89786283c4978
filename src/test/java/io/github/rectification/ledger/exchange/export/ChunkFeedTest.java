package io.github.rectification.ledger.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkFeedTest {
    @TempDir
    Path dir;

    private List<Long> fill(LedgerStore s, int problems, int measures) {
        Inspection i = s.inspections().add(Inspection.draft("巡察"));
        List<Long> ids = new ArrayList<>();
        s.unitOfWork().bulk(w -> {
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

    /** A feed that hands over one chunk per measure: its text. */
    private static ChunkFeed texts(LedgerStore s, List<Long> ids) {
        return new ChunkFeed("test", sink -> s.inspections().forEachMeasure(ids, (m, uid) -> {
            byte[] b = (m.text() + "|" + uid).getBytes(StandardCharsets.UTF_8);
            byte[] spare = sink.spare();
            byte[] into = spare != null && spare.length >= b.length ? spare : new byte[Math.max(64, b.length)];
            System.arraycopy(b, 0, into, 0, b.length);
            sink.hand(new ChunkFeed.Chunk(into, b.length, 1));
        }));
    }

    @Test
    void handsOverEveryChunkInOrder() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            List<Long> ids = fill(s, 120, 7);
            List<String> texts = new ArrayList<>();
            List<String> uids = new ArrayList<>();
            try (ChunkFeed feed = texts(s, ids)) {
                for (ChunkFeed.Chunk c = feed.next(); c != null; c = feed.next()) {
                    String[] parts = new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8).split("\\|");
                    texts.add(parts[0]);
                    assertThat(c.measures()).isEqualTo(1);
                    uids.add(parts[1]);
                    feed.recycle(c);
                }
                assertThat(feed.next()).isNull();
            }
            assertThat(texts).hasSize(840).startsWith("1-1", "1-2").endsWith("120-7");
            assertThat(uids.get(0)).isEqualTo(s.history().uidOf(RecordKind.MEASURE, s.inspections().measures(ids.get(0)).get(0).id()));
        }
    }

    @Test
    void aConsumerThatStopsEarlyReleasesTheProducer() throws Exception {
        try (LedgerStore s = LedgerStore.open(dir.resolve("l.zgtz"))) {
            List<Long> ids = fill(s, 300, 10);
            try (ChunkFeed feed = texts(s, ids)) {
                assertThat(feed.next()).isNotNull();
            }
            // the producer has let go of the store: the store answers at once
            assertThat(s.inspections().all()).hasSize(1);
        }
    }

    @Test
    void aFailedProducerReachesTheConsumer() throws Exception {
        Path file = dir.resolve("l.zgtz");
        LedgerStore s = LedgerStore.open(file);
        List<Long> ids = fill(s, 2, 2);
        s.close();
        ChunkFeed feed = texts(s, ids);
        assertThatThrownBy(feed::next).isInstanceOf(StoreException.class);
        feed.close();
    }
}
