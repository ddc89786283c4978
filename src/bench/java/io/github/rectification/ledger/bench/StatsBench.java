package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.cli.RejectedInputException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench stats}: runs {@code stats}, {@code stats --json}, {@code check} and {@code check --json}
 * on a large ledger as whole processes (JVM start-up included, as an office runs them) under GNU time,
 * each beside its goal, with a trivial {@code --help} for the part that is start-up alone; then again
 * as the installed command-line launcher starts on Linux, with its JVM options and a class-data
 * archive of these commands ({@link ClassArchive}).
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "统计与数据质量检查基准测试:以完整进程运行 stats、stats --json、check、check --json,"
                + "测量耗时、CPU 与内存峰值并与目标对照。")
final class StatsBench implements Callable<Integer> {
    /** The goals of the issues: the whole process within a second, stats within 150 MiB. */
    static final double GOAL_SECONDS = 1.0;
    static final double GOAL_STATS_MIB = 150;

    @Mixin
    SyntheticOptions generated;

    @Option(names = "--db", paramLabel = "FILE", description = "要测量的已有台账(只读打开,不改动);默认新建合成台账")
    Path db;

    @Option(names = "--jar", paramLabel = "JAR", description = "被测的应用 jar(默认与基准测试 jar 同目录)")
    Path jar;

    @Option(names = "--runs", defaultValue = "3", description = "每项运行次数,取耗时中位数(默认 ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "统计截至日期(默认今天)")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        generated.check();
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs 须为正数");
        }
        if (!ProcessRun.available()) {
            throw new RejectedInputException("需要 GNU time(" + ProcessRun.GNU_TIME + "):apt-get install time");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path ourJar = MeasuredJar.of(jar);
        Path work = Files.createTempDirectory("stats-bench");
        try {
            Path file = db;
            if (file == null) {
                file = work.resolve("bench.zgtz");
                try (LedgerStore store = LedgerStore.open(file)) {
                    generated.write(store);
                }
            } else if (!Files.isRegularFile(file)) {
                throw new RejectedInputException(file.toAbsolutePath() + ": 文件不存在");
            }
            file = file.toAbsolutePath();
            int version;
            try (LedgerStore store = LedgerStore.openReadOnlyUnchecked(file)) {
                version = store.schemaVersion();
            }
            String day = (asOf == null ? LocalDate.now() : asOf).toString();
            out.printf(Locale.ROOT, "jar: %s%nledger: %s (%.0f MB, schema %d of %d%s)%ncores %d, load average %.1f, "
                    + "runs %d (median wall)%n", ourJar, file, Files.size(file) / 1e6, version,
                    LedgerStore.supportedSchemaVersion(), version < LedgerStore.supportedSchemaVersion()
                            ? "; opened read-only it is not migrated, so it lacks the newer indexes" : "",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
            out.printf(Locale.ROOT, "  %-22s %8s %8s %8s %10s  %s%n", "command", "wall s", "CPU s", "MiB", "output", "goal");
            row(out, "--help", measure(work, ourJar, List.of("--help")), "start-up alone");
            String f = file.toString();
            row(out, "stats", measure(work, ourJar, List.of("stats", "--db", f, "--as-of", day)),
                    goal(GOAL_SECONDS) + ", ≤ " + (int) GOAL_STATS_MIB + " MiB");
            row(out, "stats --json", measure(work, ourJar, List.of("stats", "--db", f, "--as-of", day, "--json")),
                    goal(GOAL_SECONDS));
            row(out, "check", measure(work, ourJar, List.of("check", "--db", f, "--as-of", day)), goal(GOAL_SECONDS));
            row(out, "check --json", measure(work, ourJar, List.of("check", "--db", f, "--as-of", day, "--json")),
                    goal(GOAL_SECONDS));
            // as the installed command-line launcher starts on Linux: its JVM options and a class-data
            // archive of these commands
            List<String> launcher = ExchangeBenchCommand.launcherOptions(ourJar, work);
            Path archive = ClassArchive.ofAll(ourJar, work, launcher, List.of(
                    List.of("stats", "--db", f, "--as-of", day, "--json"),
                    List.of("check", "--db", f, "--as-of", day, "--json")));
            launcher.addAll(ClassArchive.options(archive));
            out.println("  with the installed command-line launcher's JVM options and class archive:");
            row(out, "--help", measure(work, ourJar, launcher, List.of("--help")), "start-up alone");
            row(out, "stats", measure(work, ourJar, launcher, List.of("stats", "--db", f, "--as-of", day)),
                    goal(GOAL_SECONDS) + ", ≤ " + (int) GOAL_STATS_MIB + " MiB");
            row(out, "stats --json", measure(work, ourJar, launcher,
                    List.of("stats", "--db", f, "--as-of", day, "--json")), goal(GOAL_SECONDS));
            row(out, "check", measure(work, ourJar, launcher, List.of("check", "--db", f, "--as-of", day)),
                    goal(GOAL_SECONDS));
            row(out, "check --json", measure(work, ourJar, launcher,
                    List.of("check", "--db", f, "--as-of", day, "--json")), goal(GOAL_SECONDS));
            out.flush();
            return 0;
        } finally {
            MeasuredJar.deleteTree(work);
        }
    }

    private static String goal(double seconds) {
        return String.format(Locale.ROOT, "≤ %.0f s", seconds);
    }

    /** The run of median wall time of {@code runs} runs; a failed run is reported as it is. */
    private ProcessRun.Result measure(Path work, Path ourJar, List<String> args) throws Exception {
        return measure(work, ourJar, List.of(), args);
    }

    /** Like {@link #measure(Path, Path, List)}, the JVM started with {@code jvmOptions}. */
    private ProcessRun.Result measure(Path work, Path ourJar, List<String> jvmOptions, List<String> args)
            throws Exception {
        List<ProcessRun.Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(MeasuredJar.javaCommand()));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-jar", ourJar.toString()));
            cmd.addAll(args);
            ProcessRun.Result r = ProcessRun.run(cmd, work);
            if (r.exitCode() != 0) {
                return r;
            }
            results.add(r);
        }
        results.sort(Comparator.comparingDouble(ProcessRun.Result::wallSeconds));
        return results.get(results.size() / 2);
    }

    private static void row(PrintWriter out, String step, ProcessRun.Result r, String goal) {
        String failed = r.exitCode() == 0 ? "" : "  exit " + r.exitCode() + ": " + r.output().strip().lines()
                .findFirst().orElse("");
        out.printf(Locale.ROOT, "  %-22s %8.2f %8.2f %8.0f %10s  %s%s%n", step, r.wallSeconds(), r.cpuSeconds(),
                r.peakMiB(), r.output().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " B", goal, failed);
        out.flush();
    }
}
