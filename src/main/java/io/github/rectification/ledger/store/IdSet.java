package io.github.rectification.ledger.store;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unmodifiable set of record ids held as a sorted {@code long[]}: a filter's hits (up to every
 * measure of the ledger) without a boxed id and a hash entry for each. When the ids are dense (as
 * row ids are) a bit for each id between the first and the last answers {@link #contains}.
 */
final class IdSet extends AbstractSet<Long> {
    private static final IdSet EMPTY = new IdSet(new long[0]);

    private final long[] ids;
    private final long first;
    private final long[] bits;

    private IdSet(long[] sortedDistinct) {
        this.ids = sortedDistinct;
        int n = sortedDistinct.length;
        this.first = n == 0 ? 0 : sortedDistinct[0];
        long span = n == 0 ? 0 : sortedDistinct[n - 1] - first + 1;
        if (n > 0 && span > 0 && span / 64 <= n) {
            bits = new long[(int) ((span + 63) / 64)];
            for (long id : sortedDistinct) {
                long k = id - first;
                bits[(int) (k >>> 6)] |= 1L << k;
            }
        } else {
            bits = null;
        }
    }

    /** The distinct ids among the first {@code n} of {@code ids} (the array is sorted in place). */
    static IdSet of(long[] ids, int n) {
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(ids, 0, n);
        int k = 1;
        for (int i = 1; i < n; i++) {
            if (ids[i] != ids[k - 1]) {
                ids[k++] = ids[i];
            }
        }
        return new IdSet(k == ids.length ? ids : Arrays.copyOf(ids, k));
    }

    /** {@code c} itself when it is an IdSet, else its ids (none may be null). */
    static IdSet copyOf(Collection<Long> c) {
        if (c instanceof IdSet s) {
            return s;
        }
        long[] a = new long[c.size()];
        int n = 0;
        for (Long id : c) {
            a[n++] = id;
        }
        return of(a, n);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Long id)) {
            return false;
        }
        if (bits == null) {
            return Arrays.binarySearch(ids, id) >= 0;
        }
        long k = id - first;
        return k >= 0 && k < (long) bits.length * 64 && (bits[(int) (k >>> 6)] & (1L << k)) != 0;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < ids.length;
            }

            @Override
            public Long next() {
                if (i >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[i++];
            }
        };
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (long id : ids) {
            h += Long.hashCode(id);
        }
        return h;
    }
}
