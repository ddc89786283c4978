package io.github.rectification.ledger.exchange.read;

import java.util.Arrays;

/**
 * How often a sheet uses each shared string, counted by a check that runs while the shared strings
 * are still being read: once their lengths are known, {@link #chars} is what those uses cost the
 * {@link TextBudget}. Indices beyond {@link #MAX_INDEX} are not counted but make the count
 * {@link #incomplete}, and the check is then made again the ordinary way.
 */
final class SharedUses {
    /** The largest index counted (4 Mi entries, 16 MB of counts at most). */
    static final int MAX_INDEX = (1 << 22) - 1;

    private int[] counts = new int[1024];
    private boolean incomplete;

    /** Counts one use of the shared string {@code index}; a negative index (no number) costs nothing. */
    void add(int index) {
        if (index < 0) {
            return;
        }
        if (index > MAX_INDEX) {
            incomplete = true;
            return;
        }
        if (index >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(index + 1, Math.min(counts.length * 2, MAX_INDEX + 1)));
        }
        counts[index]++;
    }

    /** True when some index was too large to count. */
    boolean incomplete() {
        return incomplete;
    }

    /** The characters the counted uses yield, given the shared strings (an index beyond them yields none). */
    long chars(String[] strings) {
        long total = 0;
        for (int i = 0, n = Math.min(counts.length, strings.length); i < n; i++) {
            if (counts[i] != 0) {
                total += (long) counts[i] * strings[i].length();
            }
        }
        return total;
    }
}
