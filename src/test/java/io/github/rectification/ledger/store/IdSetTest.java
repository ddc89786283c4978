package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A filter's id set holds exactly the ids it was made of, dense or sparse, and cannot be changed. */
class IdSetTest {
    @Test
    void holdsExactlyItsIdsDenseOrSparse() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(300);
            long bound = round % 2 == 0 ? n * 2L + 1 : Long.MAX_VALUE / 2;
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < n; i++) {
                expected.add(1 + (long) (r.nextDouble() * bound));
            }
            IdSet set = IdSet.copyOf(expected);
            assertThat(set).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(expected.size());
            for (int i = 0; i < 200; i++) {
                long probe = round % 2 == 0 ? r.nextInt((int) bound + 130) - 64 : r.nextLong();
                assertThat(set.contains(probe)).isEqualTo(expected.contains(probe));
            }
            assertThat(new java.util.ArrayList<>(set)).isSorted();
        }
        assertThat(IdSet.copyOf(List.of(3L, 3L, 1L))).containsExactly(1L, 3L);
        assertThat(IdSet.copyOf(List.of(5L)).contains("5")).isFalse();
        assertThatThrownBy(() -> IdSet.copyOf(List.of(1L)).add(2L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
