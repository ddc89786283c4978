package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.cli.LedgerCli;
import io.github.rectification.ledger.cli.RejectedInputException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench exchange}: generates ledgers of the given sizes as .xlsx, with their texts in the
 * shared string table (as Excel and WPS write) and inline (as streaming writers do), then times our
 * import and export as whole processes ({@code java -Xmx512m -jar … import/export}, with the JVM's
 * defaults, with the command-line launcher's options, and with those and its class archive) and
 * LibreOffice's xlsx→csv and csv→xlsx conversions of the same files in the same run, and prints the
 * ratios.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Excel 导入/导出性能测试,与 LibreOffice(soffice --headless --convert-to)对比。")
final class ExchangeBenchCommand implements Callable<Integer> {
    static final double TARGET_RATIO = 0.4;

    /**
     * The JVM options of the installed command-line launcher (packaging/jpackage/cli.properties):
     * the serial collector with a small young generation keeps a batch run's memory near its live
     * data, and the client compiler alone spends a fraction of the CPU that compiling with C2 costs
     * a run of a few seconds.
     */
    static final List<String> CLI_LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmn32m", "-XX:TieredStopAtLevel=1");

    @Spec
    CommandSpec spec;

    @Option(names = "--measures", split = ",", defaultValue = "10000,100000",
            description = "台账规模(整改措施条数),逗号分隔;默认 ${DEFAULT-VALUE}")
    int[] sizes;

    @Option(names = "--dir", defaultValue = "target/bench", description = "工作目录;默认 ${DEFAULT-VALUE}")
    Path dir;

    @Option(names = "--jar", description = "要测的 jar;默认为基准测试 jar 旁的 rectification-ledger.jar 或 target/rectification-ledger.jar")
    Path jar;

    @Option(names = "--xmx", defaultValue = "512m", description = "导入、导出进程的最大堆;默认 ${DEFAULT-VALUE}")
    String xmx;

    @Option(names = "--runs", defaultValue = "1", description = "每项重复次数,取耗时中位数;默认 ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--soffice", defaultValue = "soffice", description = "LibreOffice 命令;默认 ${DEFAULT-VALUE}")
    String soffice;

    @Option(names = "--no-libreoffice", description = "不测 LibreOffice")
    boolean noLibreOffice;

    private PrintWriter out;
    /** The class-data archive the installed launcher starts from on Linux, made for the jar measured. */
    private Path archive;
    /** The options of the installed launcher: {@link #CLI_LAUNCHER_OPTIONS} and SQLite's library unpacked. */
    private List<String> launcher;
    private final List<String[]> table = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (!ProcessRun.available()) {
            throw new RejectedInputException("需要 GNU time(" + ProcessRun.GNU_TIME + "):apt-get install time");
        }
        Path work = dir.toAbsolutePath();
        Files.createDirectories(work);
        Path ourJar = MeasuredJar.of(jar);
        boolean lo = !noLibreOffice && libreOfficeReady(work);
        boolean canImport = canImport();
        out.printf("jar: %s, heap -Xmx%s, runs %d, cores %d, load average %.1f%n", ourJar, xmx, runs,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!canImport) {
            out.println("(this build has no import command: import is not measured)");
        }
        launcher = launcherOptions(ourJar, work);
        archive = launcherArchive(work, ourJar, canImport, launcher);
        for (int n : sizes) {
            benchSize(n, work, ourJar, lo, canImport);
        }
        printTable();
        return 0;
    }

    /** How our command is started: the plain jar, the launcher's options, and those with its class archive. */
    private enum Start {
        JAR(""), LAUNCHER(", CLI launcher"), ARCHIVE(", CLI launcher with its class archive");

        final String label;

        Start(String label) {
            this.label = label;
        }
    }

    /**
     * The installed launcher's class archive (Linux; packaging/linux/cds-archive.sh), trained as
     * there on an import and an export of a small ledger.
     */
    private static Path launcherArchive(Path work, Path ourJar, boolean canImport, List<String> launcher)
            throws Exception {
        Path training = Files.createDirectories(work.resolve("archive-training"));
        SyntheticLedger small = new SyntheticLedger(500);
        Path xlsx = training.resolve("training.xlsx");
        SyntheticWorkbook.write(small, xlsx, SyntheticWorkbook.Strings.SHARED);
        Path db = training.resolve("training.zgtz");
        deleteLedger(db);
        try (LedgerStore store = LedgerStore.open(db)) {
            SyntheticStore.write(small, store);
        }
        Path imported = training.resolve("imported.zgtz");
        deleteLedger(imported);
        List<List<String>> commands = new ArrayList<>();
        if (canImport) {
            commands.add(List.of("import", xlsx.toString(), "--db", imported.toString()));
        }
        commands.add(List.of("export", training.resolve("export.xlsx").toString(), "--db", db.toString()));
        return ClassArchive.ofAll(ourJar, training, launcher, commands);
    }

    /**
     * The JVM options the installed command-line launcher starts {@code ourJar} with, as far as a
     * benchmark can give them: {@link #CLI_LAUNCHER_OPTIONS}, and SQLite's native library loaded from
     * a folder ({@link LauncherNative}) as from the image's lib/app/native.
     */
    static List<String> launcherOptions(Path ourJar, Path work) throws IOException {
        List<String> options = new ArrayList<>(CLI_LAUNCHER_OPTIONS);
        options.addAll(LauncherNative.options(ourJar, work));
        return options;
    }

    /** True when this build's command line has {@code import} (the bench then measures it). */
    static boolean canImport() {
        return LedgerCli.isCommandLine(new String[] {"import"});
    }

    private void benchSize(int n, Path work, Path ourJar, boolean lo, boolean canImport) throws Exception {
        SyntheticLedger ledger = new SyntheticLedger(n);
        Path db = work.resolve("ledger-" + n + ".zgtz");
        long t0 = System.nanoTime();
        Map<SyntheticWorkbook.Strings, Path> books = new EnumMap<>(SyntheticWorkbook.Strings.class);
        for (SyntheticWorkbook.Strings strings : SyntheticWorkbook.Strings.values()) {
            Path xlsx = work.resolve("ledger-" + n + "-" + strings.name().toLowerCase(Locale.ROOT) + ".xlsx");
            SyntheticWorkbook.write(ledger, xlsx, strings);
            books.put(strings, xlsx);
        }
        deleteLedger(db);
        try (LedgerStore store = LedgerStore.open(db)) {
            SyntheticStore.write(ledger, store);
        }
        out.printf("%,d measures: generated %s and %s in %.1f s%n", n, describe(books.values()), db.getFileName(),
                (System.nanoTime() - t0) / 1e9);
        out.flush();

        ProcessRun.Result loXlsx = null;
        for (Map.Entry<SyntheticWorkbook.Strings, Path> book : books.entrySet()) {
            Path xlsx = book.getValue();
            String what = book.getKey() == SyntheticWorkbook.Strings.SHARED ? "shared strings" : "inline strings";
            ProcessRun.Result loCsv = null;
            String base = xlsx.getFileName().toString().replace(".xlsx", "");
            if (lo) {
                Path csvDir = work.resolve("lo-" + base + "-csv");
                loCsv = measure(() -> List.of(soffice, profile(work), "--headless", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", csvDir.toString(), xlsx.toString()),
                        work, () -> MeasuredJar.deleteTree(csvDir));
                if (loXlsx == null) {
                    Path csv = csvDir.resolve(base + ".csv");
                    Path backDir = work.resolve("lo-" + n + "-xlsx");
                    loXlsx = measure(() -> List.of(soffice, profile(work), "--headless", "--infilter=CSV:44,34,76,1",
                            "--convert-to", "xlsx", "--outdir", backDir.toString(), csv.toString()),
                            work, () -> MeasuredJar.deleteTree(backDir));
                }
            }
            if (canImport) {
                Path imported = work.resolve("imported-" + base + ".zgtz");
                for (Start start : Start.values()) {
                    ProcessRun.Result r = measure(() -> java(ourJar, start, "import", xlsx.toString(), "--db",
                            imported.toString()), work, () -> deleteLedger(imported));
                    row(n, "import " + what + " (ours" + start.label + ")", r, loCsv, "LibreOffice xlsx→csv");
                }
            }
            if (loCsv != null) {
                row(n, "LibreOffice xlsx→csv, " + what, loCsv, null, null);
            }
        }
        Path exported = work.resolve("export-" + n + ".xlsx");
        for (Start start : Start.values()) {
            ProcessRun.Result e = measure(() -> java(ourJar, start, "export", exported.toString(), "--db",
                    db.toString()), work, () -> Files.deleteIfExists(exported));
            row(n, "export (ours" + start.label + ")", e, loXlsx, "LibreOffice csv→xlsx");
        }
        if (loXlsx != null) {
            row(n, "LibreOffice csv→xlsx", loXlsx, null, null);
        }
    }

    private static String describe(Iterable<Path> files) throws IOException {
        List<String> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(String.format(Locale.ROOT, "%s (%.1f MiB)", f.getFileName(), Files.size(f) / 1048576.0));
        }
        return String.join(", ", parts);
    }

    /**
     * {@code java -Xmx… -jar ours args}: with the JVM's defaults, or with the options the installed
     * command-line launcher starts it with ({@link #launcherOptions}), with or without the class
     * archive it starts from on Linux (the Windows launchers have none).
     */
    private List<String> java(Path ourJar, Start start, String... args) {
        List<String> cmd = new ArrayList<>(List.of(MeasuredJar.javaCommand(), "-Xmx" + xmx));
        if (start != Start.JAR) {
            cmd.addAll(launcher);
        }
        if (start == Start.ARCHIVE) {
            cmd.addAll(ClassArchive.options(archive));
        }
        cmd.addAll(List.of("-jar", ourJar.toString()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface CommandLineOf {
        List<String> get();
    }

    /** Runs a command {@code runs} times (cleaning up before each) and keeps the median run. */
    private ProcessRun.Result measure(CommandLineOf command, Path work, Step before) throws Exception {
        List<ProcessRun.Result> results = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            before.run();
            results.add(ProcessRun.succeeded(command.get(), work));
        }
        results.sort(Comparator.comparingDouble(ProcessRun.Result::wallSeconds));
        return results.get(results.size() / 2);
    }

    private void row(int n, String step, ProcessRun.Result r, ProcessRun.Result peer, String peerName) {
        String vs = "";
        if (peer != null) {
            double time = r.wallSeconds() / peer.wallSeconds();
            double cpu = r.cpuSeconds() / peer.cpuSeconds();
            double rss = r.peakMiB() / peer.peakMiB();
            vs = String.format(Locale.ROOT, "%.2f× wall (target ≤ %.1f× %s: %s), %.2f× CPU, %.2f× RSS (%s)", time,
                    TARGET_RATIO, peerName, time <= TARGET_RATIO ? "met" : "missed", cpu, rss,
                    rss <= 1.0 ? "met" : "missed");
        }
        String[] line = {String.format(Locale.ROOT, "%,d", n), step, String.format(Locale.ROOT, "%.2f", r.wallSeconds()),
            String.format(Locale.ROOT, "%.2f", r.cpuSeconds()), String.format(Locale.ROOT, "%.0f", r.peakMiB()), vs};
        table.add(line);
        out.printf("  %-22s %7s s wall %7s s CPU %6s MiB  %s%n", line[1], line[2], line[3], line[4], line[5]);
        out.flush();
    }

    private void printTable() {
        out.println();
        out.println("| measures | step | wall s | CPU s | peak RSS MiB | vs LibreOffice |");
        out.println("| ---: | --- | ---: | ---: | ---: | --- |");
        for (String[] l : table) {
            out.printf("| %s | %s | %s | %s | %s | %s |%n", (Object[]) l);
        }
        out.flush();
    }

    /** Checks that soffice runs, and creates its profile once so that no timed run pays for it. */
    private boolean libreOfficeReady(Path work) throws Exception {
        Path warm = work.resolve("lo-warmup");
        MeasuredJar.deleteTree(warm);
        Files.createDirectories(warm);
        Path csv = warm.resolve("warmup.csv");
        Files.writeString(csv, "序号,存在问题\n1,预热\n");
        try {
            ProcessRun.Result r = ProcessRun.run(List.of(soffice, profile(work), "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx", "--outdir", warm.toString(), csv.toString()), work);
            if (r.exitCode() == 0 && Files.exists(warm.resolve("warmup.xlsx"))) {
                return true;
            }
            out.println("LibreOffice is not usable (" + ProcessRun.tail(r.output()) + "): not measured");
        } catch (IOException | RuntimeException e) {
            out.println("LibreOffice not found (" + soffice + "; apt-get install libreoffice-calc-nogui): not measured");
        }
        return false;
    }

    private static String profile(Path work) {
        return "-env:UserInstallation=" + work.resolve("lo-profile").toUri();
    }

    private static void deleteLedger(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }
}
