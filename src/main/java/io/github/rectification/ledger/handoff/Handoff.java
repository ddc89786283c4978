package io.github.rectification.ledger.handoff;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Items made by a producer on a daemon thread of its own and taken, in the order made, by the
 * thread that started it: the two overlap on two cores, and never more than a bounded number of
 * items is held between them.
 * <p>
 * The consumer sees the end of the stream as {@code null} from {@link #next}, after the last item.
 * When the producer fails, the consumer gets its exception from {@code next} once the items made
 * before it are taken: unchecked exceptions and errors as they were thrown, checked ones as the
 * cause of a {@link CompletionException}. {@link #close} cancels: the producer is stopped at its
 * next hand-over (it gets the cancellation exception and its thread ends), and {@code close}
 * returns only once that thread has ended, so no thread outlives the hand-off. The consumer closes
 * it whether it read to the end or gave up early.
 *
 * @param <T> what is handed over
 */
public final class Handoff<T> implements AutoCloseable {
    /** Makes the items and hands each, in order, to the outlet. */
    @FunctionalInterface
    public interface Producer<T> {
        void produce(Outlet<T> outlet) throws Exception;
    }

    /** Where a producer hands its items. */
    @FunctionalInterface
    public interface Outlet<T> {
        /**
         * Hands over {@code item}, waiting while the hand-off is full; throws the cancellation
         * exception once the consumer has closed the hand-off or the producer is interrupted.
         */
        void put(T item);
    }

    /** How long a waiting producer sleeps between looks at whether the consumer has closed. */
    private static final long POLL_MILLIS = 50;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Supplier<? extends RuntimeException> cancelled;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable failure;
    private boolean ended;

    private Handoff(String name, int capacity, Producer<T> producer, Supplier<? extends RuntimeException> cancelled) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(producer, "producer");
        thread = new Thread(() -> run(producer), name);
        thread.setDaemon(true);
    }

    /**
     * Starts {@code producer} on a thread named {@code name}, holding at most {@code capacity}
     * items for the consumer; {@code cancelled} makes the exception thrown where the hand-off is
     * cancelled or interrupted (on either side), in the words of the caller's layer.
     */
    public static <T> Handoff<T> start(String name, int capacity, Producer<T> producer,
            Supplier<? extends RuntimeException> cancelled) {
        Handoff<T> h = new Handoff<>(name, capacity, producer, cancelled);
        h.thread.start();
        return h;
    }

    private void run(Producer<T> producer) {
        try {
            producer.produce(this::put);
        } catch (Throwable e) {
            failure = e;
        } finally {
            // an interrupt of this thread ends its items, not the end of the stream the consumer waits for
            Thread.interrupted();
            try {
                put(END);
            } catch (RuntimeException gone) {
                // the consumer has closed the hand-off; nobody waits for the end
            }
        }
    }

    private void put(Object item) {
        Objects.requireNonNull(item, "item");
        try {
            do {
                if (closed) {
                    throw cancelled.get();
                }
            } while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled.get();
        }
    }

    /**
     * The next item, waiting for it; null once every item has been taken. Rethrows the producer's
     * failure (see the class comment); interrupting the consumer throws the cancellation exception.
     */
    @SuppressWarnings("unchecked")
    public T next() {
        if (ended) {
            return null;
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled.get();
        }
        if (o == END) {
            ended = true;
            Throwable e = failure;
            if (e != null) {
                throw rethrown(e);
            }
            return null;
        }
        return (T) o;
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new CompletionException(e);
    }

    /**
     * Cancels (when the producer is still at work) and waits for the producer's thread to end, also
     * when the consumer is interrupted (as a cancelled consumer is): the interrupt is kept for the
     * caller. Items not taken are dropped.
     */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
