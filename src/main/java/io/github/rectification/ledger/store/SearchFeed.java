package io.github.rectification.ledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * The problems and measures the writing connection of a ledger changed, handed to the search
 * indexes of every store of this process that has the file open, once the change's transaction
 * ended. SQLite reports every row written, deleted rows of a cascade included (not rows a {@code
 * REPLACE} or an unconditional {@code DELETE} removes: neither is used on these tables); a bulk transaction
 * is not followed row by row (the report costs about a microsecond a row), it marks everything
 * changed when it ends.
 */
final class SearchFeed implements AutoCloseable {
    /** Beyond this many rows changed in one transaction the indexes are built again instead. */
    static final int MAX_ROWS = 20_000;

    private static final Map<Path, SearchFeed> OPEN = new ConcurrentHashMap<>();

    private final Path file;
    private final SQLiteConnection connection;
    private final SQLiteUpdateListener listener = this::changed;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Set<Long> measures = new HashSet<>();
    private final Set<Long> problems = new HashSet<>();
    private boolean overflow;
    private int suspended;
    /** True while the rows of the transaction under way are not followed ({@link #skipTransaction()}). */
    private boolean skipping;

    private SearchFeed(Path file, SQLiteConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Follows the changes of the writing connection {@code c} to {@code file}. */
    static SearchFeed follow(Path file, Connection c) throws SQLException {
        SearchFeed feed = new SearchFeed(key(file), c.unwrap(SQLiteConnection.class));
        feed.connection.addUpdateListener(feed.listener);
        OPEN.put(feed.file, feed);
        return feed;
    }

    /** The feed of the writing connection of this process to {@code file}, or null. */
    static SearchFeed of(Path file) {
        return OPEN.get(key(file));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private void changed(SQLiteUpdateListener.Type type, String database, String table, long rowId) {
        if (overflow || !"main".equals(database)) {
            return;
        }
        Set<Long> ids = "measure".equals(table) ? measures : "problem".equals(table) ? problems : null;
        if (ids != null) {
            ids.add(rowId);
            if (measures.size() + problems.size() > MAX_ROWS) {
                overflow = true;
                measures.clear();
                problems.clear();
            }
        }
    }

    /** Stops following row by row until {@link #resume()}: everything counts as changed. */
    void suspend() {
        if (suspended++ == 0) {
            connection.removeUpdateListener(listener);
        }
        overflow = true;
    }

    /**
     * Stops following the rows of the transaction under way: it counts as changing everything, and
     * rows are followed again from the next {@link #publish()}, when it ended.
     */
    void skipTransaction() {
        if (suspended == 0 && !skipping) {
            connection.removeUpdateListener(listener);
            skipping = true;
        }
        overflow = true;
        measures.clear();
        problems.clear();
    }

    /** Follows row by row again; what changed while suspended is handed out as everything. */
    void resume() {
        if (--suspended == 0) {
            connection.addUpdateListener(listener);
            publish();
        }
    }

    /** The rows changed by the transaction under way, not handed out yet (the writer's thread only). */
    Changes pending() {
        return new Changes(Set.copyOf(measures), Set.copyOf(problems), overflow);
    }

    /** Hands the changes of the transaction that ended (committed or rolled back) to every subscription. */
    void publish() {
        if (skipping) {
            skipping = false;
            connection.addUpdateListener(listener);
        }
        if (!overflow && measures.isEmpty() && problems.isEmpty()) {
            return;
        }
        for (Subscription s : subscriptions) {
            s.mark(measures, problems, overflow);
        }
        measures.clear();
        problems.clear();
        overflow = suspended > 0;
    }

    /** Starts collecting the changes published from now on. */
    Subscription subscribe() {
        Subscription s = new Subscription();
        subscriptions.add(s);
        return s;
    }

    void unsubscribe(Subscription s) {
        subscriptions.remove(s);
    }

    @Override
    public void close() {
        OPEN.remove(file, this);
        for (Subscription s : subscriptions) {
            s.mark(Set.of(), Set.of(), true);
        }
        subscriptions.clear();
        try {
            connection.removeUpdateListener(listener);
        } catch (RuntimeException ignored) {
            // the connection is closed
        }
    }

    /** Rows changed: measure and problem ids, or everything. */
    record Changes(Set<Long> measures, Set<Long> problems, boolean everything) {
        int size() {
            return measures.size() + problems.size();
        }
    }

    /** The changes published since they were last taken. */
    static final class Subscription {
        private Set<Long> measures = new HashSet<>();
        private Set<Long> problems = new HashSet<>();
        private boolean everything;

        private synchronized void mark(Set<Long> m, Set<Long> p, boolean all) {
            if (everything) {
                return;
            }
            if (all || measures.size() + problems.size() + m.size() + p.size() > MAX_ROWS) {
                everything = true;
                measures = new HashSet<>();
                problems = new HashSet<>();
                return;
            }
            measures.addAll(m);
            problems.addAll(p);
        }

        /** Takes what was published so far. */
        synchronized Changes take() {
            Changes c = new Changes(measures, problems, everything);
            measures = new HashSet<>();
            problems = new HashSet<>();
            everything = false;
            return c;
        }

        synchronized boolean everything() {
            return everything;
        }
    }

    static List<Long> sorted(Set<Long> ids) {
        List<Long> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }
}
