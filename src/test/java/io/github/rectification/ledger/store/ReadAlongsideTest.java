package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read alongside runs on a second connection on a thread of its own, except inside a transaction of
 * the store's connection, whose changes it must then see; its failure is the store's.
 */
class ReadAlongsideTest {
    @TempDir
    Path dir;

    private Path ledger;

    @BeforeEach
    void seed() throws Exception {
        ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
    }

    @Test
    void itReadsTheFileOnAThreadOfItsOwn() throws Exception {
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            Database db = store.database();
            String[] read = db.readAlongside("beside", c -> new String[] {Thread.currentThread().getName(),
                    String.valueOf(count(c))}).join();

            assertThat(read[0]).isEqualTo("beside");
            assertThat(Long.parseLong(read[1])).isEqualTo(db.read(ReadAlongsideTest::count)).isPositive();
        }
    }

    @Test
    void insideATransactionItReadsOnTheSameConnectionAndSeesItsChanges() throws Exception {
        try (LedgerStore store = LedgerStore.open(ledger)) {
            Database db = store.database();
            long before = db.read(ReadAlongsideTest::count);
            long[] seen = db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM measure WHERE id = (SELECT min(id) FROM measure)")) {
                    ps.executeUpdate();
                }
                String caller = Thread.currentThread().getName();
                return db.readAlongside("beside", r -> new long[] {count(r),
                        Thread.currentThread().getName().equals(caller) ? 1 : 0}).join();
            });

            assertThat(seen[0]).isEqualTo(before - 1);
            assertThat(seen[1]).as("run on the caller's thread").isEqualTo(1);
        }
    }

    @Test
    void aFailedReadFailsAsTheStoreFails() throws Exception {
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThatThrownBy(() -> store.database().readAlongside("beside", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT no_such_column FROM measure")) {
                    return ps.executeQuery().next();
                }
            }).join()).isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class);
        }
    }

    /** An error ends the read alongside too: whoever waits for it is not left waiting. */
    @Test
    void anErrorEndsTheReadAsAFailure() throws Exception {
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThatThrownBy(() -> store.database().readAlongside("beside", c -> {
                throw new StackOverflowError("deep");
            }).get(30, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.ExecutionException.class)
                    .hasCauseInstanceOf(StackOverflowError.class);
        }
    }

    /** Inside a read transaction it reads on the same connection, in the transaction's snapshot. */
    @Test
    void insideAReadTransactionItReadsOnTheSameConnection() throws Exception {
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            Database db = store.database();
            db.beginRead();
            try {
                String caller = Thread.currentThread().getName();
                assertThat(db.readAlongside("beside", c -> Thread.currentThread().getName()).join()).isEqualTo(caller);
            } finally {
                db.endRead();
            }
        }
    }

    private static long count(java.sql.Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM measure"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
