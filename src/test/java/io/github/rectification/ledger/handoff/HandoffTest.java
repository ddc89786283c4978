package io.github.rectification.ledger.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class HandoffTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static String name() {
        return "handoff-test-" + NAMES.incrementAndGet();
    }

    private static CancellationException cancelled() {
        return new CancellationException("cancelled");
    }

    private static boolean alive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    private static Handoff<Integer> counting(String name, int n, int capacity) {
        return Handoff.start(name, capacity, out -> {
            for (int i = 0; i < n; i++) {
                out.put(i);
            }
        }, HandoffTest::cancelled);
    }

    @Test
    void handsOverEveryItemInTheOrderMadeThenTheEnd() {
        String name = name();
        List<Integer> got = new ArrayList<>();
        try (Handoff<Integer> h = counting(name, 10_000, 3)) {
            for (Integer i = h.next(); i != null; i = h.next()) {
                got.add(i);
            }
            assertThat(h.next()).isNull();
        }
        assertThat(got).hasSize(10_000);
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i)).isEqualTo(i);
        }
        assertThat(alive(name)).isFalse();
    }

    @Test
    void anEmptyStreamEndsAtOnce() {
        try (Handoff<Integer> h = counting(name(), 0, 1)) {
            assertThat(h.next()).isNull();
        }
    }

    @Test
    void theProducerNeverGetsMoreThanCapacityAhead() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch full = new CountDownLatch(1);
        try (Handoff<Integer> h = Handoff.start(name(), 4, out -> {
            for (int i = 0; i < 100; i++) {
                made.incrementAndGet();
                if (i == 4) {
                    full.countDown();
                }
                out.put(i);
            }
        }, HandoffTest::cancelled)) {
            assertThat(full.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            // four held, the fifth waiting to be put
            assertThat(made.get()).isEqualTo(5);
            assertThat(h.next()).isZero();
        }
    }

    @Test
    void anUncheckedFailureReachesTheConsumerAsThrownAfterTheItemsBeforeIt() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        try (Handoff<Integer> h = Handoff.start(name(), 8, out -> {
            out.put(1);
            out.put(2);
            throw boom;
        }, HandoffTest::cancelled)) {
            assertThat(h.next()).isEqualTo(1);
            assertThat(h.next()).isEqualTo(2);
            assertThatThrownBy(h::next).isSameAs(boom);
        }
    }

    @Test
    void aCheckedFailureComesAsTheCauseOfACompletionException() {
        IOException io = new IOException("disk");
        try (Handoff<Integer> h = Handoff.start(name(), 8, out -> {
            throw io;
        }, HandoffTest::cancelled)) {
            assertThatThrownBy(h::next).isInstanceOf(CompletionException.class).hasCause(io);
        }
    }

    @Test
    void anErrorReachesTheConsumerAsThrown() {
        AssertionError error = new AssertionError("broken");
        try (Handoff<Integer> h = Handoff.start(name(), 8, out -> {
            throw error;
        }, HandoffTest::cancelled)) {
            assertThatThrownBy(h::next).isSameAs(error);
        }
    }

    @Test
    void closingEarlyStopsAProducerThatWaitsAndEndsItsThread() throws Exception {
        String name = name();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Handoff<Integer> h = Handoff.start(name, 2, out -> {
            try {
                for (int i = 0; ; i++) {
                    out.put(i);
                }
            } catch (RuntimeException e) {
                seen.set(e);
                throw e;
            }
        }, HandoffTest::cancelled);
        assertThat(h.next()).isZero();
        h.close();
        assertThat(alive(name)).isFalse();
        assertThat(seen.get()).isInstanceOf(CancellationException.class).hasMessage("cancelled");
    }

    @Test
    void closingWithoutTakingAnythingLeavesNoThread() {
        String name = name();
        Handoff<Integer> h = counting(name, 1_000_000, 1);
        h.close();
        assertThat(alive(name)).isFalse();
    }

    @Test
    void closingWaitsForAProducerBusyBetweenItems() throws Exception {
        String name = name();
        CountDownLatch busy = new CountDownLatch(1);
        AtomicInteger after = new AtomicInteger();
        Handoff<Integer> h = Handoff.start(name, 1, out -> {
            busy.countDown();
            Thread.sleep(300);
            after.incrementAndGet();
            out.put(1);
            after.incrementAndGet();
        }, HandoffTest::cancelled);
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        h.close();
        assertThat(alive(name)).isFalse();
        // the producer finished its step, then was stopped at its next hand-over
        assertThat(after.get()).isEqualTo(1);
    }

    @Test
    void anInterruptedConsumerGetsTheCancellationAndKeepsTheInterrupt() throws Exception {
        String name = name();
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread consumer = new Thread(() -> {
            Handoff<Integer> h = Handoff.start(name, 1, out -> never.await(), HandoffTest::cancelled);
            try {
                h.next();
            } catch (Throwable e) {
                thrown.set(e);
                interrupted.set(Thread.currentThread().isInterrupted());
            }
            never.countDown();
            Thread.interrupted();
            h.close();
        });
        consumer.start();
        Thread.sleep(200);
        consumer.interrupt();
        consumer.join(5_000);
        assertThat(thrown.get()).isInstanceOf(CancellationException.class);
        assertThat(interrupted.get()).isTrue();
        assertThat(alive(name)).isFalse();
    }

    @Test
    void anInterruptedConsumerThatClosesStillWaitsForTheProducerAndKeepsItsInterrupt() throws Exception {
        String name = name();
        AtomicReference<Boolean> interruptedAfterClose = new AtomicReference<>();
        Thread consumer = new Thread(() -> {
            Handoff<Integer> h = Handoff.start(name, 1, out -> {
                for (int i = 0; ; i++) {
                    out.put(i);
                }
            }, HandoffTest::cancelled);
            h.next();
            Thread.currentThread().interrupt();
            h.close();
            interruptedAfterClose.set(Thread.currentThread().isInterrupted());
        });
        consumer.start();
        consumer.join(5_000);
        assertThat(interruptedAfterClose.get()).isTrue();
        assertThat(alive(name)).isFalse();
    }

    @Test
    void anInterruptedProducerStillEndsTheStream() {
        try (Handoff<Integer> h = Handoff.start(name(), 1, out -> {
            out.put(1);
            Thread.currentThread().interrupt();
            out.put(2);
        }, HandoffTest::cancelled)) {
            assertThat(h.next()).isEqualTo(1);
            assertThatThrownBy(h::next).isInstanceOf(CancellationException.class);
            assertThat(h.next()).isNull();
        }
    }

    @Test
    void theProducerRunsOnADaemonThreadOfTheGivenName() throws Exception {
        String name = name();
        AtomicReference<Thread> thread = new AtomicReference<>();
        try (Handoff<Integer> h = Handoff.start(name, 1, out -> {
            thread.set(Thread.currentThread());
            out.put(1);
        }, HandoffTest::cancelled)) {
            assertThat(h.next()).isEqualTo(1);
            assertThat(thread.get().getName()).isEqualTo(name);
            assertThat(thread.get().isDaemon()).isTrue();
            assertThat(thread.get()).isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void refusesNoRoomAndNullItems() {
        assertThatThrownBy(() -> counting(name(), 1, 0)).isInstanceOf(IllegalArgumentException.class);
        try (Handoff<Integer> h = Handoff.start(name(), 1, out -> out.put(null), HandoffTest::cancelled)) {
            assertThatThrownBy(h::next).isInstanceOf(NullPointerException.class);
        }
    }
}
