package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Reads measures from the store on a thread of its own while the sheet is being written, handing
 * them over in batches through a small bounded queue: reading and writing overlap on two cores and
 * only a few batches are ever held.
 */
final class MeasureFeed implements AutoCloseable {
    /** A measure with its stable id. */
    record Item(Measure measure, String uid) {
    }

    private static final int BATCH = 256;
    private static final List<Item> END = List.of();

    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(32);
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private List<Item> current = List.of();
    private int position;
    private boolean ended;

    MeasureFeed(LedgerStore store, List<Long> problemIds) {
        thread = new Thread(() -> read(store, problemIds), "export-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(LedgerStore store, List<Long> problemIds) {
        try {
            List<List<Item>> pending = new ArrayList<>(1);
            pending.add(new ArrayList<>(BATCH));
            store.forEachMeasure(problemIds, (m, uid) -> {
                List<Item> batch = pending.get(0);
                batch.add(new Item(m, uid));
                if (batch.size() == BATCH) {
                    hand(batch);
                    pending.set(0, new ArrayList<>(BATCH));
                }
            });
            hand(pending.get(0));
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            try {
                hand(END);
            } catch (CancellationException ignored) {
                // the writer has gone; nobody waits for the end
            }
        }
    }

    private void hand(List<Item> batch) {
        try {
            do {
                if (closed) {
                    throw new CancellationException("export closed");
                }
            } while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        }
    }

    /** The next measure, or null when all are read; rethrows a failure of the read. */
    Item next() {
        while (position >= current.size()) {
            if (ended) {
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("导出已取消");
            }
            position = 0;
            if (current == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
        }
        return current.get(position++);
    }

    /** Stops the reader (when the writer fails or is cancelled) and waits for it to let go of the store. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
