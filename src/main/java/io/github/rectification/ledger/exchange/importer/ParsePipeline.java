package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads the workbook on its own thread and hands the records to the calling thread, which writes
 * them: parsing and writing overlap on two cores, and nothing is held beyond a short queue. The
 * caller can wait for the first record before it opens its transaction, so a workbook that turns
 * out to hold no ledger never touches the ledger file.
 */
final class ParsePipeline implements AutoCloseable {
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

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final WorkbookReader reader;
    private final Thread thread;
    private Object first;

    private ParsePipeline(WorkbookSource source, LedgerMeta meta, ImportOptions options, DirectoryLookup directory) {
        reader = new WorkbookReader(source, meta, options, directory, p -> put(queue, stop, p));
        thread = new Thread(() -> {
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
    }

    /**
     * Starts reading the workbook on a thread of its own; {@code directory} (read from the store
     * beforehand, the reading thread never asks the store) says how department names are read.
     */
    static ParsePipeline start(WorkbookSource source, LedgerMeta meta, ImportOptions options,
            DirectoryLookup directory) {
        ParsePipeline p = new ParsePipeline(source, meta, options, directory);
        p.thread.start();
        return p;
    }

    /** The reader, for its warnings and notes once everything is drained. */
    WorkbookReader reader() {
        return reader;
    }

    /**
     * Waits for the first record the workbook yields (the end counts as one); a failure of the
     * reading thread is thrown here.
     */
    void awaitFirst() {
        if (first == null) {
            first = take();
            if (first instanceof Failure f) {
                throw rethrow(f.error());
            }
        }
    }

    /** True when the awaited first record is the end: the workbook yields no record at all. */
    boolean yieldsNothing() {
        awaitFirst();
        return first instanceof Parsed.End;
    }

    /** Hands every record to {@code sink}, the awaited first one included, up to the end. */
    void drainInto(Consumer<Parsed> sink) {
        awaitFirst();
        Object o = first;
        while (o != DONE) {
            if (o instanceof Failure f) {
                throw rethrow(f.error());
            }
            sink.accept((Parsed) o);
            o = take();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        }
    }

    @Override
    public void close() {
        stop.set(true);
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
