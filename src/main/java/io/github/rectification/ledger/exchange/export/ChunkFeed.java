package io.github.rectification.ledger.exchange.export;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a producer of bytes on a thread of its own and hands its output over in chunks through a
 * small bounded queue: the producer (reading the store, building row XML) and the consumer
 * (compressing into the package) overlap on two cores, and only a bounded number of chunks is ever held.
 */
final class ChunkFeed implements AutoCloseable {
    /** Some bytes and the number of measures they hold. */
    record Chunk(byte[] bytes, int length, int measures) {
    }

    /** Where a producer hands its chunks, and takes back the buffers of chunks already consumed. */
    interface Sink {
        void hand(Chunk chunk);

        /** A buffer the consumer is done with, to fill again; null when there is none. */
        byte[] spare();
    }

    /** Produces the chunks, handing each to the sink in order. */
    interface Producer {
        void produce(Sink sink);
    }

    private static final Chunk END = new Chunk(new byte[0], 0, 0);

    /**
     * Chunks held at most (some 16 MB of row XML): enough for the producer to get well ahead while
     * the consumer is still busy with other work, such as laying out the workbook.
     */
    private static final int CAPACITY = 256;

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final BlockingQueue<byte[]> spares = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private boolean ended;

    ChunkFeed(String name, Producer producer) {
        thread = new Thread(() -> run(producer), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Producer producer) {
        try {
            producer.produce(new Sink() {
                @Override
                public void hand(Chunk chunk) {
                    ChunkFeed.this.hand(chunk);
                }

                @Override
                public byte[] spare() {
                    return spares.poll();
                }
            });
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            try {
                hand(END);
            } catch (CancellationException ignored) {
                // the consumer has gone; nobody waits for the end
            }
        }
    }

    private void hand(Chunk chunk) {
        try {
            do {
                if (closed) {
                    throw new CancellationException("export closed");
                }
            } while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        }
    }

    /** The next chunk, or null when all are handed over; rethrows a failure of the producer. */
    Chunk next() {
        if (ended) {
            return null;
        }
        Chunk c;
        try {
            c = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(Messages.TEXTS.text("cancelled"));
        }
        if (c == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        return c;
    }

    /** Gives the buffer of a consumed chunk back to the producer, to be filled again. */
    void recycle(Chunk chunk) {
        spares.offer(chunk.bytes());
    }

    /** Stops the producer (when the consumer fails or is cancelled) and waits for it to end. */
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
