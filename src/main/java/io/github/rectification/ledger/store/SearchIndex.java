package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The texts a filter searches, held in memory: for each measure its text, progress and remarks
 * case-folded and joined into one string, its lead department, leader and person as entries of a
 * dictionary of short values, its status and deadline; for each problem its title, description and
 * category joined the same way, its inspection and parent. A filter scans the joined strings with
 * {@link String#indexOf(String)} (a vectorised search), which answers a one-character query as fast
 * as a long one. The separator cannot be part of a query's match: a query holding it is answered
 * by an index built with another separator.
 */
final class SearchIndex {
    /** The separator of the joined fields. */
    static final char SEPARATOR = '\0';

    private static final String PROBLEM_COLUMNS = "SELECT id, inspection_id, parent_id, title, description, category"
            + " FROM problem";
    private static final String MEASURE_COLUMNS = "SELECT id, problem_id, text, progress, remarks, department, leader,"
            + " person, status, deadline_date FROM measure";
    private static final int CHUNK = 500;

    private final char separator;

    private final Map<String, Integer> valueIds = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final List<String> foldedValues = new ArrayList<>();

    private final LongIntMap problemSlots = new LongIntMap();
    private long[] problemId = new long[16];
    private long[] problemInspection = new long[16];
    private int[] problemParent = new int[16];
    private String[] problemText = new String[16];
    private int problems;

    private final LongIntMap measureSlots = new LongIntMap();
    private long[] measureId = new long[16];
    private int[] measureProblem = new int[16];
    private String[] measureText = new String[16];
    private int[] department = new int[16];
    private int[] leader = new int[16];
    private int[] person = new int[16];
    private int[] status = new int[16];
    private int[] deadline = new int[16];
    private int measures;
    private int liveMeasures;

    private SearchIndex(char separator) {
        this.separator = separator;
        value("");
    }

    /** Reads every problem and measure of the ledger on {@code c}. */
    static SearchIndex build(Connection c, char separator) throws SQLException {
        SearchIndex index = new SearchIndex(separator);
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(PROBLEM_COLUMNS)) {
                while (rs.next()) {
                    index.putProblem(rs);
                }
            }
            try (ResultSet rs = st.executeQuery(MEASURE_COLUMNS)) {
                while (rs.next()) {
                    index.putMeasure(rs);
                }
            }
        }
        return index;
    }

    /** Reads again the rows {@code changes} names (the problems first); a row no longer there is dropped. */
    void refresh(Connection c, Set<Long> problemIds, Set<Long> measureIds) throws SQLException {
        reread(c, PROBLEM_COLUMNS, problemIds, this::putProblem, id -> {
            int slot = problemSlots.get(id);
            if (slot >= 0) {
                problemText[slot] = null;
            }
        });
        reread(c, MEASURE_COLUMNS, measureIds, this::putMeasure, id -> {
            int slot = measureSlots.get(id);
            if (slot >= 0 && measureText[slot] != null) {
                measureText[slot] = null;
                liveMeasures--;
            }
        });
    }

    /** True when more than half of the measure slots hold deleted rows: a new build is smaller. */
    boolean wasteful() {
        return measures > 1024 && liveMeasures * 2 < measures;
    }

    /** Case-folds {@code s} character by character ({@link Character#toLowerCase(char)}); its length is kept. */
    static String fold(String s) {
        char[] a = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char lower = Character.toLowerCase(ch);
            if (lower != ch) {
                if (a == null) {
                    a = s.toCharArray();
                }
                a[i] = lower;
            }
        }
        return a == null ? s : new String(a);
    }

    /** The measures {@code f} keeps, with their problems (and those problems' ancestors) and inspections. */
    FilterHits find(MeasureFilter f) {
        String q = fold(f.text());
        if (q.indexOf(separator) >= 0) {
            throw new IllegalArgumentException("the query holds the separator");
        }
        boolean byText = !q.isEmpty();
        boolean[] valueHit = new boolean[values.size()];
        boolean[] problemHit = new boolean[problems];
        if (byText) {
            for (int v = 0; v < valueHit.length; v++) {
                valueHit[v] = foldedValues.get(v).contains(q);
            }
            for (int p = 0; p < problems; p++) {
                String t = problemText[p];
                problemHit[p] = t != null && t.contains(q);
            }
        }
        boolean[] statusShown = new boolean[values.size()];
        for (Status s : f.statuses()) {
            Integer v = valueIds.get(s.code());
            if (v != null) {
                statusShown[v] = true;
            }
        }
        int inProgress = valueIds.getOrDefault(Status.IN_PROGRESS.code(), -1);
        int notStarted = valueIds.getOrDefault(Status.NOT_STARTED.code(), -1);
        String today = f.overdueOnly() ? f.today().toString() : null;

        long[] hits = new long[Math.max(1, liveMeasures)];
        int n = 0;
        int[] perDepartment = new int[values.size()];
        boolean[] problemKept = new boolean[problems];
        for (int m = 0; m < measures; m++) {
            String t = measureText[m];
            if (t == null || !statusShown[status[m]]) {
                continue;
            }
            if (today != null) {
                int st = status[m];
                int d = deadline[m];
                if (st != inProgress && st != notStarted || d < 0 || values.get(d).compareTo(today) >= 0) {
                    continue;
                }
            }
            int p = measureProblem[m];
            if (byText && !(valueHit[department[m]] || valueHit[leader[m]] || valueHit[person[m]] || problemHit[p]
                    || problemParent[p] >= 0 && problemHit[problemParent[p]] || t.contains(q))) {
                continue;
            }
            if (n == hits.length) {
                hits = Arrays.copyOf(hits, n * 2);
            }
            hits[n++] = measureId[m];
            perDepartment[department[m]]++;
            problemKept[p] = true;
        }

        long[] problemIds = new long[16];
        int np = 0;
        long[] inspectionIds = new long[16];
        int ni = 0;
        boolean[] added = new boolean[problems];
        for (int p = 0; p < problems; p++) {
            if (!problemKept[p]) {
                continue;
            }
            if (ni == inspectionIds.length) {
                inspectionIds = Arrays.copyOf(inspectionIds, ni * 2);
            }
            inspectionIds[ni++] = problemInspection[p];
            for (int a = p; a >= 0 && !added[a]; a = problemParent[a]) {
                added[a] = true;
                if (np == problemIds.length) {
                    problemIds = Arrays.copyOf(problemIds, np * 2);
                }
                problemIds[np++] = problemId[a];
            }
        }
        Map<String, Integer> departments = new HashMap<>();
        for (int v = 0; v < perDepartment.length; v++) {
            if (perDepartment[v] > 0) {
                departments.put(values.get(v), perDepartment[v]);
            }
        }
        return new FilterHits(IdSet.of(inspectionIds, ni), IdSet.of(problemIds, np), IdSet.of(hits, n), departments);
    }

    /** Characters held by the joined texts and the dictionary (for the benchmark's memory figure). */
    long characters() {
        long n = 0;
        for (int m = 0; m < measures; m++) {
            n += measureText[m] == null ? 0 : measureText[m].length();
        }
        for (int p = 0; p < problems; p++) {
            n += problemText[p] == null ? 0 : problemText[p].length();
        }
        for (String v : values) {
            n += v.length() * 2L;
        }
        return n;
    }

    int measureCount() {
        return liveMeasures;
    }

    // ---------------------------------------------------------------- rows

    private void putProblem(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        int slot = problemSlot(id);
        problemInspection[slot] = rs.getLong(2);
        long parent = rs.getLong(3);
        problemParent[slot] = rs.wasNull() ? -1 : problemSlot(parent);
        problemText[slot] = join(rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private void putMeasure(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        int slot = measureSlots.get(id);
        if (slot < 0) {
            slot = measures++;
            if (slot == measureId.length) {
                int size = slot * 2;
                measureId = Arrays.copyOf(measureId, size);
                measureProblem = Arrays.copyOf(measureProblem, size);
                measureText = Arrays.copyOf(measureText, size);
                department = Arrays.copyOf(department, size);
                leader = Arrays.copyOf(leader, size);
                person = Arrays.copyOf(person, size);
                status = Arrays.copyOf(status, size);
                deadline = Arrays.copyOf(deadline, size);
            }
            measureSlots.put(id, slot);
            measureId[slot] = id;
        }
        if (measureText[slot] == null) {
            liveMeasures++;
        }
        measureProblem[slot] = problemSlot(rs.getLong(2));
        measureText[slot] = join(rs.getString(3), rs.getString(4), rs.getString(5));
        department[slot] = value(rs.getString(6));
        leader[slot] = value(rs.getString(7));
        person[slot] = value(rs.getString(8));
        status[slot] = value(rs.getString(9));
        String d = rs.getString(10);
        deadline[slot] = d == null ? -1 : value(d);
    }

    /** The slot of problem {@code id}, made (without a text yet) when it has none. */
    private int problemSlot(long id) {
        int slot = problemSlots.get(id);
        if (slot >= 0) {
            return slot;
        }
        slot = problems++;
        if (slot == problemId.length) {
            int size = slot * 2;
            problemId = Arrays.copyOf(problemId, size);
            problemInspection = Arrays.copyOf(problemInspection, size);
            problemParent = Arrays.copyOf(problemParent, size);
            problemText = Arrays.copyOf(problemText, size);
        }
        problemSlots.put(id, slot);
        problemId[slot] = id;
        problemParent[slot] = -1;
        return slot;
    }

    private int value(String v) {
        String s = v == null ? "" : v;
        Integer id = valueIds.get(s);
        if (id != null) {
            return id;
        }
        int next = values.size();
        valueIds.put(s, next);
        values.add(s);
        foldedValues.add(fold(s));
        return next;
    }

    private String join(String a, String b, String c) {
        String s = (a == null ? "" : a) + separator + (b == null ? "" : b) + separator + (c == null ? "" : c);
        return fold(s);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface Missing {
        void gone(long id);
    }

    private static void reread(Connection c, String select, Set<Long> ids, RowReader put, Missing missing)
            throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            StringJoiner in = new StringJoiner(", ", " WHERE id IN (", ")");
            for (int i = 0; i < chunk.size(); i++) {
                in.add("?");
            }
            Set<Long> seen = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(select + in)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen.add(rs.getLong(1));
                        put.read(rs);
                    }
                }
            }
            for (long id : chunk) {
                if (!seen.contains(id)) {
                    missing.gone(id);
                }
            }
        }
    }

    /** Ids to slots: open addressing over {@code long} keys, no boxing. */
    private static final class LongIntMap {
        private long[] keys = new long[64];
        private int[] slots = filled(64);
        private int size;

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }

        private static int hash(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = hash(key, mask); ; i = (i + 1) & mask) {
                if (slots[i] < 0) {
                    return -1;
                }
                if (keys[i] == key) {
                    return slots[i];
                }
            }
        }

        void put(long key, int slot) {
            if ((size + 1) * 2 > keys.length) {
                long[] oldKeys = keys;
                int[] oldSlots = slots;
                keys = new long[oldKeys.length * 2];
                slots = filled(oldKeys.length * 2);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldSlots[i] >= 0) {
                        put(oldKeys[i], oldSlots[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = hash(key, mask);
            while (slots[i] >= 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (slots[i] < 0) {
                size++;
            }
            keys[i] = key;
            slots[i] = slot;
        }
    }
}
