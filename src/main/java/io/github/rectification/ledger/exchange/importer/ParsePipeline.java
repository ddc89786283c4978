package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the workbook on its own thread and hands the records to the calling thread, which writes
 * them: parsing and writing overlap on two cores, and nothing is held beyond a short queue.
 */
final class ParsePipeline {
    private static final int QUEUE = 512;

    /** Carries a refusal out of the store's transaction (which rolls back). */
    static final class Rejected extends RuntimeException {
        private final ImportRejectedException rejection;

        Rejected(ImportRejectedException rejection) {
            super(rejection.getMessage(), rejection);
            this.rejection = rejection;
        }

        ImportRejectedException rejection() {
            return rejection;
        }
    }

    private record Failure(Throwable error) {
    }

    private static final Object DONE = new Object();

    private ParsePipeline() {
    }

    /** Reads the whole workbook into {@code sink}; returns the reader for its warnings and notes. */
    static WorkbookReader run(WorkbookSource source, LedgerMeta meta, ImportOptions options, Reconciler sink) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicBoolean stop = new AtomicBoolean();
        WorkbookReader reader = new WorkbookReader(source, meta, options, p -> put(queue, stop, p));
        Thread thread = new Thread(() -> {
            Object last = DONE;
            try {
                reader.read();
            } catch (Throwable e) {
                last = new Failure(e);
            }
            try {
                put(queue, stop, last);
            } catch (RuntimeException stopped) {
                // the writing side gave up already
            }
        }, "ledger-import-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object o = queue.take();
                if (o == DONE) {
                    return reader;
                }
                if (o instanceof Failure f) {
                    throw rethrow(f.error());
                }
                sink.accept((Parsed) o);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        } finally {
            stop.set(true);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void put(BlockingQueue<Object> queue, AtomicBoolean stop, Object o) {
        try {
            while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new ImportCancelledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof ImportRejectedException r) {
            return new Rejected(r);
        }
        if (e instanceof RuntimeException re) {
            return re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }
}
