package io.github.rectification.ledger.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class LaterTest {
    private static CancellationException cancelled() {
        return new CancellationException("cancelled");
    }

    private static boolean alive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void givesTheValueEveryTimeItIsAsked() {
        try (Later<String> later = Later.start("later-value", () -> "台账", LaterTest::cancelled)) {
            assertThat(later.get()).isEqualTo("台账");
            assertThat(later.get()).isEqualTo("台账");
        }
    }

    @Test
    void rethrowsTheWorksFailureEveryTimeItIsAsked() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Later<String> later = Later.start("later-failure", () -> {
            throw boom;
        }, LaterTest::cancelled)) {
            assertThatThrownBy(later::get).isSameAs(boom);
            assertThatThrownBy(later::get).isSameAs(boom);
        }
    }

    @Test
    void aCheckedFailureComesAsTheCauseOfACompletionException() {
        IOException io = new IOException("disk");
        try (Later<String> later = Later.start("later-checked", () -> {
            throw io;
        }, LaterTest::cancelled)) {
            assertThatThrownBy(later::get).isInstanceOf(CompletionException.class).hasCause(io);
        }
    }

    @Test
    void itsThreadEndsWhenTheWorkIsDoneEvenIfTheValueIsNeverTaken() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Later.start("later-untaken", () -> {
            done.countDown();
            return 1;
        }, LaterTest::cancelled);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100 && alive("later-untaken"); i++) {
            Thread.sleep(20);
        }
        assertThat(alive("later-untaken")).isFalse();
    }

    @Test
    void closingWaitsForTheWork() {
        Later<Integer> later = Later.start("later-close", () -> {
            Thread.sleep(200);
            return 1;
        }, LaterTest::cancelled);
        later.close();
        assertThat(alive("later-close")).isFalse();
    }
}
