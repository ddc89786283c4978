package io.github.rectification.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/** The connection to one ledger file, with its checks on open and its transactions. */
final class Database implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private int depth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates) a ledger file, migrating it to the latest schema. */
    static Database open(Path file) throws LedgerFileException {
        Path abs = file.toAbsolutePath();
        checkHeader(abs);
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new LedgerFileException(abs, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
        Connection c;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            c = DriverManager.getConnection("jdbc:sqlite:" + abs, config.toProperties());
        } catch (SQLException e) {
            throw new LedgerFileException(abs, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
        try {
            int appId;
            int version;
            int tables;
            try (Statement st = c.createStatement()) {
                appId = intOf(st, "PRAGMA application_id");
                version = intOf(st, "PRAGMA user_version");
                tables = intOf(st, "SELECT count(*) FROM sqlite_master");
            }
            if (appId != Migrations.APPLICATION_ID && (tables > 0 || version > 0)) {
                throw new LedgerFileException(abs, LedgerFileException.Reason.NOT_A_LEDGER, null, null);
            }
            if (version > Migrations.latest()) {
                throw new LedgerFileException(abs, LedgerFileException.Reason.NEWER_SCHEMA,
                        "文件版本 " + version + ",本程序支持 " + Migrations.latest(), null);
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
            }
            Migrations.migrate(c, version);
            return new Database(abs, c);
        } catch (SQLException e) {
            closeQuietly(c);
            String msg = e.getMessage() == null ? "" : e.getMessage();
            LedgerFileException.Reason reason = msg.contains("NOTADB") || msg.contains("not a database")
                    ? LedgerFileException.Reason.NOT_SQLITE : LedgerFileException.Reason.UNREADABLE;
            throw new LedgerFileException(abs, reason, msg, e);
        } catch (LedgerFileException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void checkHeader(Path file) throws LedgerFileException {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new LedgerFileException(file, LedgerFileException.Reason.NOT_SQLITE, null, null);
            }
        } catch (IOException e) {
            throw new LedgerFileException(file, LedgerFileException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the open failed already; that failure is the one reported
        }
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    int schemaVersion() {
        try (Statement st = connection.createStatement()) {
            return intOf(st, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new StoreException("读取文件版本失败", e);
        }
    }

    /** Work that runs inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Nested calls join the outer transaction.
     */
    synchronized <T> T inTransaction(Work<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            } finally {
                depth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        depth = 1;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException re) {
                e.addSuppressed(re);
            }
            if (e instanceof SQLException se) {
                throw new StoreException(se.getMessage(), se);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) e;
        } finally {
            depth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
        }
    }

    /** Runs a read; reads need no transaction of their own. */
    synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // a failed checkpoint leaves the WAL file, which SQLite replays on the next open
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
