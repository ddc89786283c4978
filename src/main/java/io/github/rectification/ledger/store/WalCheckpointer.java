package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies the write-ahead log of a ledger into its file on a thread of its own, through a connection
 * of its own, after a write too large for its commit to wait for that: a delete of 100,000
 * measures leaves some 100 MB in the log, whose copy and sync would otherwise double the time the
 * window waits for it. The checkpoint is SQLite's passive one: it never waits for, or holds up, the
 * writing connection or a reader; what it leaves, the writer's own next checkpoints take.
 */
final class WalCheckpointer implements AutoCloseable {
    private final Path file;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-checkpoint");
        t.setDaemon(true);
        return t;
    });

    WalCheckpointer(Path file) {
        this.file = file;
    }

    /** Checkpoints the log soon, once the write that asked for it has committed. */
    void soon() {
        try {
            thread.execute(this::checkpoint);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the ledger is being closed, which checkpoints it
        }
    }

    private void checkpoint() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(1000);
        try (Connection c = DriverManager.getConnection(Database.url(file, false), config.toProperties());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            LoggerFactory.getLogger(WalCheckpointer.class).warn("{}: checkpoint after a large write failed", file, e);
        }
    }

    /** Waits for a checkpoint under way, whose connection is then closed, before the ledger's own closes. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.MINUTES)) {
                LoggerFactory.getLogger(WalCheckpointer.class).warn("{}: checkpoint still running at close", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
