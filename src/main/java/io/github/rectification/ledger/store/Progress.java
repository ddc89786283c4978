package io.github.rectification.ledger.store;

/**
 * Where a large write tells how far it is: {@code done} of {@code total} units of work, called on
 * the writing thread after each chunk (a few dozen times for 100,000 records), never after the last
 * one has been reported as {@code done == total}.
 */
@FunctionalInterface
public interface Progress {
    /** Hears nothing. */
    Progress NONE = (done, total) -> { };

    void worked(long done, long total);
}
