package io.github.rectification.ledger.store;

/**
 * A read transaction held across several reads, from any thread, until closed: they all see the
 * ledger as it was at the first of them, whatever another program writes meanwhile. For a long read
 * in several steps, such as an export that counts the measures before it streams them.
 */
public final class ReadTransaction implements AutoCloseable {
    private final Database db;
    private boolean open = true;

    ReadTransaction(Database db) {
        this.db = db;
        db.beginRead();
    }

    /** Ends the transaction; later reads see the ledger as it is then. */
    @Override
    public void close() {
        if (open) {
            open = false;
            db.endRead();
        }
    }
}
