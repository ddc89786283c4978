package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.handoff.Handoff;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * Runs a producer of bytes on a thread of its own and hands its output over in chunks through a
 * small bounded {@link Handoff}: the producer (building row XML) and the consumer (compressing into
 * the package) overlap on two cores, and only a bounded number of chunks is ever held. The buffers
 * of consumed chunks go back to the producer to be filled again.
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

    /**
     * Chunks held at most (some 16 MB of row XML): enough for the producer to get well ahead while
     * the consumer is still busy with other work, such as laying out the workbook.
     */
    private static final int CAPACITY = 256;

    private final BlockingQueue<byte[]> spares = new ArrayBlockingQueue<>(CAPACITY);
    private final Handoff<Chunk> handoff;

    ChunkFeed(String name, Producer producer) {
        handoff = Handoff.start(name, CAPACITY, outlet -> producer.produce(new Sink() {
            @Override
            public void hand(Chunk chunk) {
                outlet.put(chunk);
            }

            @Override
            public byte[] spare() {
                return spares.poll();
            }
        }), () -> new CancellationException(Messages.TEXTS.text("cancelled")));
    }

    /** The next chunk, or null when all are handed over; rethrows a failure of the producer. */
    Chunk next() {
        return handoff.next();
    }

    /** Gives the buffer of a consumed chunk back to the producer, to be filled again. */
    void recycle(Chunk chunk) {
        spares.offer(chunk.bytes());
    }

    /** Stops the producer (when the consumer fails or is cancelled) and waits for it to end. */
    @Override
    public void close() {
        handoff.close();
    }
}
