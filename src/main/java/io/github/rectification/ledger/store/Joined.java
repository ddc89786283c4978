package io.github.rectification.ledger.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The result of work run on another thread, its failure thrown as the caller's own. */
final class Joined {
    private Joined() {
    }

    /**
     * Waits for {@code work}: a failure of type {@code thrown} is thrown as it is, an unchecked one
     * unwrapped, anything else in its {@link CompletionException}.
     */
    static <T, E extends Exception> T join(CompletableFuture<T> work, Class<E> thrown) throws E {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (thrown.isInstance(e.getCause())) {
                throw thrown.cast(e.getCause());
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
