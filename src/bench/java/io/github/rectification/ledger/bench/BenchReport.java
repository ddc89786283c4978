package io.github.rectification.ledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The figures of one benchmark: timed steps (first run and, where repeated, the median of the
 * repeats) and facts such as counts and sizes; printed as a table or as JSON.
 */
public final class BenchReport {
    private final String name;
    private final String title;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    /**
     * One timed step: wall-clock and CPU time of the first run (CPU time of this thread, SQLite's
     * work included, so it stays meaningful on a busy machine); {@code repeatMs} is the median
     * wall-clock time of the repeats, negative when the step was not repeated.
     */
    public record Step(String key, String label, double firstMs, double cpuMs, double repeatMs, String result) {
    }

    /** A timed value: wall-clock and CPU milliseconds. */
    public record Timed<T>(T value, double ms, double cpuMs) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public BenchReport(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** Runs {@code work} once and measures it. */
    public static <T> Timed<T> time(Supplier<T> work) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        T value = work.get();
        double ms = (System.nanoTime() - start) / 1e6;
        return new Timed<>(value, ms, cpu < 0 ? -1 : (cpuNanos() - cpu) / 1e6);
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Runs {@code work} once, then {@code repeats} more times; records the first run and the repeats' median. */
    public <T> T step(String key, String label, int repeats, Supplier<T> work, java.util.function.Function<T, String> result) {
        Timed<T> first = time(work);
        double[] again = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            again[r] = time(work).ms();
        }
        steps.add(new Step(key, label, first.ms(), first.cpuMs(), median(again), result.apply(first.value())));
        return first.value();
    }

    /** The median of some timings, negative when there are none. */
    public static double median(double[] ms) {
        int n = ms.length;
        if (n == 0) {
            return -1;
        }
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Records a step run several times elsewhere: its first run, and the median of the others. */
    public void step(String key, String label, Timed<?> first, double repeatMs, String result) {
        steps.add(new Step(key, label, first.ms(), first.cpuMs(), repeatMs, result));
    }

    /** Records a step timed elsewhere with {@link #time}. */
    public void step(String key, String label, Timed<?> timed, String result) {
        steps.add(new Step(key, label, timed.ms(), timed.cpuMs(), -1, result));
    }

    /** Records a fact (a count, a size) under a JSON key, shown in the table's heading lines. */
    public void fact(String key, Object value) {
        facts.put(key, value);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public Map<String, Object> facts() {
        return Map.copyOf(facts);
    }

    public void print(PrintWriter out, boolean json) {
        if (json) {
            printJson(out);
        } else {
            printTable(out);
        }
        out.flush();
    }

    private void printJson(PrintWriter out) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("benchmark", name);
        facts.forEach((k, v) -> o.set(k, new ObjectMapper().valueToTree(v)));
        ArrayNode arr = o.putArray("steps");
        for (Step s : steps) {
            ObjectNode n = arr.addObject();
            n.put("key", s.key());
            n.put("label", s.label());
            n.put("ms", round(s.firstMs()));
            n.put("cpu_ms", round(s.cpuMs()));
            if (s.repeatMs() >= 0) {
                n.put("repeat_ms", round(s.repeatMs()));
            } else {
                n.putNull("repeat_ms");
            }
            n.put("result", s.result());
        }
        try {
            out.println(new ObjectMapper().writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void printTable(PrintWriter out) {
        out.println(title);
        facts.forEach((k, v) -> out.println("  " + k + ": " + v));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"步骤", "首次(ms)", "CPU(ms)", "重复中位(ms)", "结果"});
        for (Step s : steps) {
            rows.add(new String[] {s.label(), format(s.firstMs()), s.cpuMs() < 0 ? "" : format(s.cpuMs()),
                    s.repeatMs() < 0 ? "" : format(s.repeatMs()), s.result()});
        }
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int k = 0; k < columns; k++) {
                widths[k] = Math.max(widths[k], TextWidth.of(row[k]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < columns; k++) {
                boolean number = k > 0 && k < columns - 1;
                String pad = " ".repeat(widths[k] - TextWidth.of(row[k]));
                line.append(number ? pad + row[k] : row[k] + pad).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    private static String format(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }
}
