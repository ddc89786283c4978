package io.github.rectification.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.cli.RejectedInputException;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench distribution}: the collection loop at scale. A ledger of {@code --measures} measures
 * led by {@code --departments} departments is distributed ({@code distribute}, one whole process);
 * each department's workbook is filled in as a return with {@code --changed} percent of its
 * measures' progress rewritten, and the office corrects {@code --conflicts} of those measures in the
 * ledger meanwhile, so that each return meets that many conflicts. Then the largest return is
 * imported alone and all the returns together ({@code import … --json}, whole processes, each on its
 * own copy of the ledger, after that copy's first open of the day, which makes its daily backup and
 * checks its integrity, timed apart). The largest return is then imported again (nothing may
 * change) and undone, and imported once more on a fresh copy by a JVM started from a class-data archive
 * of that command, as the installed command-line launcher starts on Linux. Prints wall time, CPU and peak memory of each, and checks the conflicts and
 * changes the imports report against what was made.
 */
@Command(name = "distribution", mixinStandardHelpOptions = true,
        description = "下发与报送汇总性能测试:大台账下发到多个部门,再导入各部门的报送(含修改与冲突)。")
final class DistributionBench implements Callable<Integer> {
    /** The goal for one return of about 2,000 measures, as a whole command-line process. */
    static final double ONE_RETURN_GOAL_SECONDS = 1.0;
    private static final int HEADER_ROW = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--measures", defaultValue = "100000", description = "整改措施条数;默认 ${DEFAULT-VALUE}")
    int measures;

    @Option(names = "--departments", defaultValue = "50", description = "牵头部门数(至多 50);默认 ${DEFAULT-VALUE}")
    int departments;

    @Option(names = "--changed", defaultValue = "5", description = "每份报送中改动进展的措施所占百分比;默认 ${DEFAULT-VALUE}")
    int changedPercent;

    @Option(names = "--conflicts", defaultValue = "3", description = "每份报送中与办公室修改冲突的措施数;默认 ${DEFAULT-VALUE}")
    int conflicts;

    @Option(names = "--dir", defaultValue = "target/bench", description = "工作目录;默认 ${DEFAULT-VALUE}")
    Path dir;

    @Option(names = "--jar", description = "要测的 jar;默认为基准测试 jar 旁的 rectification-ledger.jar 或 target/rectification-ledger.jar")
    Path jar;

    @Option(names = "--xmx", defaultValue = "512m", description = "下发、导入进程的最大堆;默认 ${DEFAULT-VALUE}")
    String xmx;

    private PrintWriter out;
    /** SQLite's native library unpacked as the installed image has it ({@link LauncherNative}). */
    private List<String> nativeLibrary = List.of();

    /** One return made from a distributed workbook: its file, its measures, what was changed. */
    private record Made(Path file, String department, int measures, List<String> changed) {
    }

    @Override
    public Integer call() throws Exception {
        if (measures < 1 || departments < 1 || changedPercent < 0 || changedPercent > 100 || conflicts < 0) {
            throw new ParameterException(spec.commandLine(), "--measures、--departments 须为正数,--changed 在 0 到 100 之间");
        }
        if (!ProcessRun.available()) {
            throw new RejectedInputException("需要 GNU time(" + ProcessRun.GNU_TIME + "):apt-get install time");
        }
        out = spec.commandLine().getOut();
        Path work = dir.toAbsolutePath().resolve("distribution-" + measures);
        MeasuredJar.deleteTree(work);
        Files.createDirectories(work);
        Path ourJar = MeasuredJar.of(jar);
        nativeLibrary = LauncherNative.options(ourJar, work);
        out.printf("jar: %s, heap -Xmx%s, cores %d, load average %.1f%n", ourJar, xmx,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Path db = work.resolve("ledger.zgtz");
        long t0 = System.nanoTime();
        SyntheticLedger ledger = new SyntheticLedger(measures, 1, 1).withDepartments(departments);
        try (LedgerStore store = LedgerStore.open(db)) {
            SyntheticStore.write(ledger, store);
        }
        out.printf("%,d measures led by %d departments: generated in %.1f s%n", measures, departments,
                (System.nanoTime() - t0) / 1e9);

        Path sent = work.resolve("下发");
        ProcessRun.Result distribution = run(work, "distribute", "--out", sent.toString(), "--db", db.toString(), "--due",
                LocalDate.now().plusDays(14).toString(), "--json");
        JsonNode files = new ObjectMapper().readTree(distribution.output().substring(distribution.output().indexOf('{')))
                .get("files");
        row("distribute " + files.size() + " workbooks", distribution, "");

        Path returns = work.resolve("报送");
        Files.createDirectories(returns);
        List<Made> made = new ArrayList<>();
        Random random = new Random(7);
        t0 = System.nanoTime();
        for (JsonNode f : files) {
            made.add(fillIn(Path.of(f.get("file").asText()), f.get("department").asText(), returns, random));
        }
        int officeEdits = correctInTheLedger(db, made);
        out.printf("made %d returns (%d measure progress changes) and %d office corrections in %.1f s%n", made.size(),
                made.stream().mapToInt(m -> m.changed().size()).sum(), officeEdits, (System.nanoTime() - t0) / 1e9);

        Made largest = made.stream().max(Comparator.comparingInt(Made::measures)).orElseThrow();
        Path one = copyLedger(db, work.resolve("one.zgtz"));
        row("first open of the day (one.zgtz)", run(work, "init", "--db", one.toString()),
                "daily backup and integrity check, once a day");
        ProcessRun.Result single = run(work, "import", largest.file().toString(), "--db", one.toString(), "--json");
        row(String.format(Locale.ROOT, "import one return (%,d measures)", largest.measures()), single,
                String.format(Locale.ROOT, "goal < %.0f s wall: %s; %s", ONE_RETURN_GOAL_SECONDS,
                        single.wallSeconds() < ONE_RETURN_GOAL_SECONDS ? "met" : "missed",
                        checked(single, List.of(largest))));
        ProcessRun.Result again = run(work, "import", largest.file().toString(), "--db", one.toString(), "--json");
        row("the same return again", again, unchanged(again));
        row("import --undo (back before it)", run(work, "import", "--undo", "--db", one.toString(), "--json"), "");
        // the installed launcher on Linux starts from a class-data archive of the commands it runs
        Path archive = ClassArchive.make(ourJar, work, launcherOptions(), List.of("import", largest.file().toString(),
                "--db", copyLedger(db, work.resolve("training.zgtz")).toString(), "--json"));
        Path archived = copyLedger(db, work.resolve("archived.zgtz"));
        run(work, "init", "--db", archived.toString());
        ProcessRun.Result fromArchive = run(work, ClassArchive.options(archive), "import", largest.file().toString(),
                "--db", archived.toString(), "--json");
        row("the same, launcher's class archive", fromArchive, String.format(Locale.ROOT, "goal < %.0f s wall: %s; %s",
                ONE_RETURN_GOAL_SECONDS, fromArchive.wallSeconds() < ONE_RETURN_GOAL_SECONDS ? "met" : "missed",
                checked(fromArchive, List.of(largest))));

        Path all = copyLedger(db, work.resolve("all.zgtz"));
        row("first open of the day (all.zgtz)", run(work, "init", "--db", all.toString()), "");
        List<String> args = new ArrayList<>(List.of("import"));
        made.forEach(m -> args.add(m.file().toString()));
        args.addAll(List.of("--db", all.toString(), "--json"));
        ProcessRun.Result every = run(work, args.toArray(String[]::new));
        row("import all " + made.size() + " returns", every, checked(every, made));
        out.printf(Locale.ROOT, "load average now %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return 0;
    }

    /** What a second import of the same return reports: nothing updated or added. */
    private static String unchanged(ProcessRun.Result r) throws IOException {
        JsonNode root = new ObjectMapper().readTree(r.output().substring(Math.max(0, firstJson(r.output()))));
        int changed = root.path("updated").asInt() + root.path("added").asInt();
        return changed + " records changed (expected 0: " + (changed == 0 ? "right" : "WRONG") + ")";
    }

    /**
     * Fills a distributed workbook in as a department would: the progress of {@code changedPercent}
     * of its measures rewritten; saved under the returns' folder.
     */
    private Made fillIn(Path workbook, String department, Path returns, Random random) throws IOException {
        List<String> changed = new ArrayList<>();
        int count = 0;
        Path target = returns.resolve(workbook.getFileName());
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter text = new DataFormatter();
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                if (wb.isSheetVeryHidden(s) || wb.isSheetHidden(s)) {
                    continue;
                }
                Sheet sheet = wb.getSheetAt(s);
                int progress = -1;
                int uid = -1;
                for (Cell c : sheet.getRow(HEADER_ROW)) {
                    String h = text.formatCellValue(c);
                    if (h.equals("整改进展情况")) {
                        progress = c.getColumnIndex();
                    } else if (h.equals("#measure_uid")) {
                        uid = c.getColumnIndex();
                    }
                }
                for (Row r : sheet) {
                    Cell id = r.getRowNum() <= HEADER_ROW ? null : r.getCell(uid);
                    if (id == null || id.getCellType() != CellType.STRING || id.getStringCellValue().isBlank()) {
                        continue;
                    }
                    count++;
                    if (random.nextInt(100) < changedPercent) {
                        Cell p = r.getCell(progress) == null ? r.createCell(progress) : r.getCell(progress);
                        p.setCellValue(text.formatCellValue(p) + "报送时已完成第二阶段工作,相关材料已归档。");
                        changed.add(id.getStringCellValue());
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(target)) {
                wb.write(o);
            }
        }
        return new Made(target, department, count, changed);
    }

    /** The office corrects, in the ledger, the progress of the first {@code conflicts} measures each return changed. */
    private int correctInTheLedger(Path db, List<Made> made) throws Exception {
        int n = 0;
        try (LedgerStore store = LedgerStore.open(db)) {
            for (Made m : made) {
                for (String uid : m.changed().subList(0, Math.min(conflicts, m.changed().size()))) {
                    long id = store.history().idOfUid(RecordKind.MEASURE, uid).orElseThrow();
                    Measure before = store.inspections().measure(id).orElseThrow();
                    Measure b = before;
                    store.inspections().update(new Measure(b.id(), b.problemId(), b.seq(), b.text(), b.leader(), b.department(),
                            b.supportingDepartments(), b.person(), b.deadline(), b.status(), b.completedOn(),
                            b.progress() + "办公室核实更正。", b.remarks(), b.order()));
                    n++;
                }
            }
        }
        return n;
    }

    /** What the import reported against what was made: updated measures and conflicts. */
    private String checked(ProcessRun.Result r, List<Made> returns) throws IOException {
        String json = r.output().substring(Math.min(r.output().length(), Math.max(0, firstJson(r.output()))));
        JsonNode root = new ObjectMapper().readTree(json);
        List<JsonNode> plans = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(plans::add);
        } else {
            plans.add(root);
        }
        int updated = 0;
        int found = 0;
        for (JsonNode p : plans) {
            updated += p.path("updated").asInt();
            found += p.path("conflicts").size();
        }
        int changes = returns.stream().mapToInt(m -> m.changed().size()).sum();
        int expected = returns.stream().mapToInt(m -> Math.min(conflicts, m.changed().size())).sum();
        boolean right = found == expected && updated == changes - expected;
        return String.format(Locale.ROOT, "%d conflicts, %d records updated (expected %d and %d: %s)", found, updated,
                expected, changes - expected, right ? "right" : "WRONG");
    }

    private static int firstJson(String output) {
        int brace = output.indexOf('{');
        int bracket = output.indexOf('[');
        return bracket >= 0 && (brace < 0 || bracket < brace) ? bracket : brace;
    }

    private List<String> launcherOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx" + xmx));
        options.addAll(ExchangeBenchCommand.CLI_LAUNCHER_OPTIONS);
        options.addAll(nativeLibrary);
        return options;
    }

    private ProcessRun.Result run(Path work, String... args) throws Exception {
        return run(work, List.of(), args);
    }

    private ProcessRun.Result run(Path work, List<String> extra, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(MeasuredJar.javaCommand()));
        cmd.addAll(launcherOptions());
        cmd.addAll(extra);
        cmd.addAll(List.of("-jar", MeasuredJar.of(jar).toString()));
        cmd.addAll(List.of(args));
        return ProcessRun.succeeded(cmd, work);
    }

    private void row(String step, ProcessRun.Result r, String note) {
        out.printf(Locale.ROOT, "  %-34s %7.2f s wall %7.2f s CPU %6.0f MiB  load %4.1f  %s%n", step, r.wallSeconds(),
                r.cpuSeconds(), r.peakMiB(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), note);
        out.flush();
    }

    private static Path copyLedger(Path db, Path copy) throws Exception {
        try (LedgerStore store = LedgerStore.open(db)) {
            store.saveCopy(copy);
        } catch (RuntimeException e) {
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
