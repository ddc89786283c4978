package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the measures a filter keeps, through a {@link SearchIndex} of the connection's ledger. A
 * measure is kept when the filter's text (case-folded character by character) is part of one of its
 * texts (措施, 进展, 备注, 牵头部门, 责任领导, 责任人), of its problem's or of that problem's parent's
 * (标题, 问题描述, 类别), and its status and deadline pass the filter.
 *
 * <p>The index is built on the first search and kept in step with the rows the writing connection
 * of this process changes ({@link SearchFeed}), read again at the next search once their
 * transaction ended. When the file is written by no connection of this process, a change of {@code
 * PRAGMA data_version} (another connection committed) builds the index again. Nothing of it is
 * stored: a ledger opened after a crash is searched from its rows as they are.
 */
final class LedgerSearch implements AutoCloseable {
    private final Path file;
    private final SearchFeed own;
    private SearchIndex index;
    private SearchFeed feed;
    private SearchFeed.Subscription subscription;
    private long dataVersion;
    private int builds;
    /** The build started by {@link #prepare}, not taken up yet; null when none. */
    private Background background;

    /** {@code own} is the feed of this connection when it writes, else null. */
    LedgerSearch(Path file, SearchFeed own) {
        this.file = file;
        this.own = own;
    }

    /** The measures {@code f} keeps, on the connection {@code c} (the caller holds it). */
    synchronized FilterHits find(Connection c, MeasureFilter f) throws SQLException {
        String q = SearchIndex.fold(f.text());
        if (q.indexOf(SearchIndex.SEPARATOR) >= 0) {
            char other = SearchIndex.SEPARATOR;
            while (q.indexOf(other) >= 0) {
                other++;
            }
            char separator = other;
            return snapshot(c, () -> SearchIndex.build(c, separator)).find(f);
        }
        current(c);
        return index.find(f);
    }

    /**
     * Starts building the index on a connection of its own ({@code open}), in a thread of its own,
     * unless it is built or being built; the next search takes it up, waiting for it if it is not
     * done yet. {@code c} is the store's connection (the caller holds it).
     */
    synchronized void prepare(Connection c, Opener open) throws SQLException {
        if (index != null || background != null) {
            return;
        }
        SearchFeed now = SearchFeed.of(file);
        Background b = new Background(now, now == null ? null : now.subscribe(), dataVersion(c));
        background = b;
        Thread t = new Thread(() -> b.run(open), "ledger-search-index");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        b.thread = t;
        t.start();
    }

    /** Opens the connection a background build reads from. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** A build in the background: the feed and subscription it started with, and the data version seen before it read. */
    private static final class Background {
        private final SearchFeed feed;
        private final SearchFeed.Subscription subscription;
        private final long dataVersion;
        private final java.util.concurrent.CompletableFuture<SearchIndex> built = new java.util.concurrent.CompletableFuture<>();
        private Thread thread;

        Background(SearchFeed feed, SearchFeed.Subscription subscription, long dataVersion) {
            this.feed = feed;
            this.subscription = subscription;
            this.dataVersion = dataVersion;
        }

        void run(Opener open) {
            try (Connection c = open.open()) {
                built.complete(snapshot(c, () -> SearchIndex.build(c, SearchIndex.SEPARATOR)));
            } catch (SQLException | RuntimeException | Error e) {
                built.completeExceptionally(e);
            }
        }

        /** The index built, or null when the build failed (the search then builds it itself). */
        SearchIndex await() {
            try {
                return built.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                return null;
            }
        }

        /** Waits until the build's thread is done, its connection closed. */
        void awaitEnd() {
            boolean interrupted = false;
            while (thread != null && thread.isAlive()) {
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

        void drop() {
            if (subscription != null) {
                feed.unsubscribe(subscription);
            }
        }
    }

    /** Takes up the build started by {@link #prepare}, once it is done. */
    private void takeUp() {
        Background b = background;
        background = null;
        SearchIndex built = b.await();
        if (built == null) {
            b.drop();
            return;
        }
        if (subscription != null) {
            feed.unsubscribe(subscription);
        }
        index = built;
        feed = b.feed;
        subscription = b.subscription;
        dataVersion = b.dataVersion;
        builds++;
    }

    /** The index, brought up to date on {@code c}. */
    synchronized SearchIndex current(Connection c) throws SQLException {
        if (background != null) {
            takeUp();
        }
        SearchFeed now = SearchFeed.of(file);
        boolean stale = index == null || now != feed || index.wasteful();
        if (!stale && feed == null) {
            stale = dataVersion(c) != dataVersion;
        }
        Set<Long> problems = new HashSet<>();
        Set<Long> measures = new HashSet<>();
        if (!stale && subscription != null) {
            SearchFeed.Changes published = subscription.take();
            stale = published.everything();
            problems.addAll(published.problems());
            measures.addAll(published.measures());
        }
        if (!stale && own != null && own == feed) {
            SearchFeed.Changes pending = own.pending();
            stale = pending.everything();
            problems.addAll(pending.problems());
            measures.addAll(pending.measures());
        }
        if (!stale && problems.size() + measures.size() > Math.max(SearchFeed.MAX_ROWS / 4, index.measureCount() / 10)) {
            stale = true;
        }
        if (stale) {
            build(c, now);
        } else if (!problems.isEmpty() || !measures.isEmpty()) {
            snapshot(c, () -> {
                index.refresh(c, problems, measures);
                return null;
            });
        }
        return index;
    }

    private void build(Connection c, SearchFeed now) throws SQLException {
        if (subscription != null) {
            feed.unsubscribe(subscription);
        }
        index = null;
        feed = now;
        subscription = now == null ? null : now.subscribe();
        dataVersion = dataVersion(c);
        index = snapshot(c, () -> SearchIndex.build(c, SearchIndex.SEPARATOR));
        builds++;
    }

    /** How many times the index was built (the first search's and every rebuild since). */
    synchronized int builds() {
        return builds;
    }

    /**
     * Drops the index; a build started by {@link #prepare} is waited for until its connection is
     * closed, so that nothing of the file is open once the store is closed.
     */
    @Override
    public synchronized void close() {
        if (background != null) {
            background.awaitEnd();
            background.drop();
            background = null;
        }
        if (subscription != null) {
            feed.unsubscribe(subscription);
            subscription = null;
        }
        index = null;
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code read} in one read transaction, so that its statements see the same commit; inside
     * a transaction already (a write or a read transaction on this connection) it joins that one.
     */
    private static <T> T snapshot(Connection c, Read<T> read) throws SQLException {
        boolean began = false;
        if (c.getAutoCommit()) {
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN DEFERRED");
                began = true;
            } catch (SQLException e) {
                if (e.getMessage() == null || !e.getMessage().contains("within a transaction")) {
                    throw e;
                }
            }
        }
        try {
            return read.run();
        } finally {
            if (began) {
                try (Statement st = c.createStatement()) {
                    st.execute("COMMIT");
                }
            }
        }
    }
}
