package io.github.rectification.ledger.handoff;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * One value worked out on a daemon thread of its own while the caller does something else, taken
 * when it is needed: a {@link Handoff} of a single item, so its failure, cancellation and the end
 * of its thread behave the same. Its thread ends when the work is done, whether or not the value
 * is ever taken, so it also serves work started only for its side effects.
 *
 * @param <T> the value
 */
public final class Later<T> implements AutoCloseable {
    private final Handoff<T> handoff;
    private boolean taken;
    private T value;
    private Throwable failure;

    private Later(Handoff<T> handoff) {
        this.handoff = handoff;
    }

    /**
     * Starts {@code work} on a thread named {@code name}; {@code cancelled} makes the exception
     * thrown when the waiting caller is interrupted. {@code work} may not return null.
     */
    public static <T> Later<T> start(String name, Callable<T> work, Supplier<? extends RuntimeException> cancelled) {
        // room for the value and the end: the thread ends as soon as the work is done, taken or not
        return new Later<>(Handoff.start(name, 2, outlet -> outlet.put(work.call()), cancelled));
    }

    /**
     * Waits for the value (taken once, then kept); the work's failure is rethrown as
     * {@link Handoff#next} does: unchecked ones as they were, checked ones as the cause of a
     * {@link java.util.concurrent.CompletionException}, and again on every later call.
     */
    public T get() {
        if (!taken) {
            try {
                value = handoff.next();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            taken = true;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return value;
    }

    /** Waits for the work to end, its value or failure left untaken. */
    @Override
    public void close() {
        handoff.close();
    }
}
