package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.cli.RejectedInputException;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.FilterHits;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.MeasureFilter;
import io.github.rectification.ledger.store.NodeCounts;
import io.github.rectification.ledger.store.Removed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench store}: creates a large ledger with the bulk writer, then times what the window does
 * with it: open the file, show the tree's first screen, filter by a Chinese text and each of its
 * prefixes (one character up) and by digits, beside the goal of 50 ms a keystroke.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "台账存储基准测试:新建大台账,测量打开、树首屏、中文筛选的耗时。")
final class StoreBench implements Callable<Integer> {
    @Mixin
    SyntheticOptions generated;

    @Option(names = "--repeats", defaultValue = "3", description = "每项查询重复次数(默认 ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--query", defaultValue = "养老服务",
            description = "筛选词:它和它的每个前缀(1 字、2 字……)各测一次(默认 ${DEFAULT-VALUE})")
    String longQuery;

    @Option(names = "--short-query", defaultValue = "养老", description = "打开后的首次筛选(含建立搜索索引)用的词,不是前缀时另测一次(默认 ${DEFAULT-VALUE})")
    String shortQuery;

    @Option(names = "--ascii-query", defaultValue = "7745", description = "字母或数字筛选词(默认 ${DEFAULT-VALUE})")
    String asciiQuery;

    @Option(names = "--filter-repeats", defaultValue = "9", description = "每个筛选词重复次数,取中位(默认 ${DEFAULT-VALUE})")
    int filterRepeats;

    /** The goal for one keystroke's filter, for every query length. */
    static final double FILTER_GOAL_MS = 50;

    @Option(names = "--db", paramLabel = "FILE", description = "新建的台账文件(必须不存在;保留)。默认在临时文件夹中新建,结束后删除")
    Path db;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        generated.check();
        if (repeats < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeats 不能为负数");
        }
        Path dir = null;
        Path file = db;
        if (file == null) {
            dir = Files.createTempDirectory("ledger-bench");
            file = dir.resolve("bench.zgtz");
        } else if (Files.exists(file)) {
            throw new RejectedInputException(
                    file.toAbsolutePath() + ": 文件已存在;基准测试只新建台账,不会改动已有文件");
        }
        try {
            BenchReport report = run(file);
            report.print(spec.commandLine().getOut(), json);
            return 0;
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private BenchReport run(Path file) throws LedgerFileException, IOException {
        LocalDate today = LocalDate.now();
        BenchReport r = new BenchReport("store", "台账存储基准测试");
        LedgerStore created = LedgerStore.open(file);
        BenchReport.Timed<SyntheticStore.Size> write =
                BenchReport.time(() -> generated.write(created));
        BenchReport.Timed<Void> close = BenchReport.time(() -> {
            created.close();
            return null;
        });
        SyntheticStore.Size size = write.value();
        r.fact("inspections", size.inspections());
        r.fact("problems", size.problems());
        r.fact("measures", size.measures());
        r.step("create", "新建:批量写入(BulkWriter,一个事务)", write, size.measures() + " 条措施,"
                + size.problems() + " 个问题");
        r.step("create_close", "新建:关闭(WAL 检查点)", close, "");

        BenchReport.Timed<LedgerStore> firstOpen = BenchReport.time(() -> open(file));
        firstOpen.value().close();
        r.step("open_first", "打开(LedgerStore.open,当天首次,含每日备份)", firstOpen, "");
        r.step("open", "打开(LedgerStore.open)", repeats, () -> {
            open(file).close();
            return null;
        }, v -> "");
        r.step("open_read_only", "只读打开(openReadOnly)", repeats, () -> {
            try {
                LedgerStore.openReadOnly(file).close();
            } catch (LedgerFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return null;
        }, v -> "");

        filters(file, today, r);
        try (LedgerStore store = open(file)) {
            r.step("tree_first_screen", "树首屏(巡察+计数+首个巡察的问题+计数)", repeats, () -> {
                List<Inspection> all = store.inspections().all();
                Map<Long, NodeCounts> counts = store.inspections().inspectionCounts(today);
                List<Problem> problems = store.inspections().problems(all.get(0).id(), null);
                Map<Long, NodeCounts> problemCounts = store.inspections().problemCounts(all.get(0).id(), today);
                return all.size() + " 次巡察," + problems.size() + " 个问题," + counts.size() + "+"
                        + problemCounts.size() + " 组计数";
            }, v -> v);
            r.step("departments", "按牵头部门分组(第二棵树)", repeats,
                    () -> store.inspections().departments(), d -> d.size() + " 个部门");
            r.step("figures", "全台账统计(SQLite 计数,即 stats)", Math.min(repeats, 1),
                    () -> store.inspections().counts(store.settings().countingRule(), today),
                    f -> "措施 " + f.measures() + " 条,逾期 " + f.overdue() + " 条");
            Inspection first = store.inspections().all().get(0);
            BenchReport.Timed<Removed> delete = BenchReport.time(() -> store.inspections().removeInspection(first.id()));
            Removed removed = delete.value();
            r.step("delete_inspection", "删除一次巡察(连同问题和措施)", delete,
                    removed.problemCount() + " 个问题," + removed.measureCount() + " 条措施");
            r.step("restore_inspection", "撤销删除(原 id 恢复)", BenchReport.time(() -> {
                store.inspections().restore(removed);
                return null;
            }), "");
        }
        r.fact("file_bytes", Files.size(file));
        r.fact("file_mb", Math.round(Files.size(file) / 1024.0 / 1024.0 * 10) / 10.0);
        return r;
    }

    /**
     * The filter as the window's background reader runs it: a read-only store opened beside the
     * writing one, its first search (which builds the search index) and then every prefix of
     * {@code --query}, {@code --short-query} and {@code --ascii-query}, each the median of {@code
     * --filter-repeats} runs, wall and CPU, beside the goal; and the heap the index holds.
     */
    private void filters(Path file, LocalDate today, BenchReport r) throws LedgerFileException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (LedgerStore writer = open(file); LedgerStore reader = LedgerStore.openReadOnly(file)) {
            long before = usedHeap(memory);
            BenchReport.Timed<FilterHits> cold = BenchReport.time(
                    () -> reader.inspections().find(MeasureFilter.text(shortQuery, today)));
            long after = usedHeap(memory);
            r.step("filter_cold", "打开后首次筛选“" + shortQuery + "”(含建立搜索索引)", cold, hits(cold.value()));
            r.fact("search_index_mib", Math.round((after - before) / 1024.0 / 1024.0 * 10) / 10.0);
            r.fact("filter_goal_ms", FILTER_GOAL_MS);
            Set<String> queries = new LinkedHashSet<>();
            for (int n = 1; n <= longQuery.codePointCount(0, longQuery.length()); n++) {
                queries.add(longQuery.substring(0, longQuery.offsetByCodePoints(0, n)));
            }
            queries.add(shortQuery);
            queries.add(asciiQuery);
            int k = 0;
            for (String q : queries) {
                MeasureFilter f = MeasureFilter.text(q, today);
                FilterHits found = reader.inspections().find(f);
                int runs = Math.max(1, filterRepeats);
                double[] wall = new double[runs];
                double[] cpu = new double[runs];
                for (int i = 0; i < runs; i++) {
                    BenchReport.Timed<FilterHits> t = BenchReport.time(() -> reader.inspections().find(f));
                    wall[i] = t.ms();
                    cpu[i] = t.cpuMs();
                }
                double wallMs = BenchReport.median(wall);
                double cpuMs = BenchReport.median(cpu);
                int chars = q.codePointCount(0, q.length());
                r.step("filter_" + (++k), "筛选“" + q + "”(" + chars + " 字,中位)", new BenchReport.Timed<>(found, wallMs, cpuMs),
                        String.format(Locale.ROOT, "%s;目标 ≤ %.0f ms:%s", hits(found), FILTER_GOAL_MS,
                                wallMs <= FILTER_GOAL_MS ? "达到" : "未达到"));
            }
            r.step("filter_overdue", "筛选逾期措施", repeats,
                    () -> reader.inspections().find(new MeasureFilter("", EnumSet.allOf(Status.class), true, today)),
                    StoreBench::hits);
        }
    }

    private static long usedHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static LedgerStore open(Path file) {
        try {
            return LedgerStore.open(file);
        } catch (LedgerFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String hits(FilterHits h) {
        return h.measureIds().size() + " 条措施," + h.problemIds().size() + " 个问题," + h.inspectionIds().size()
                + " 次巡察";
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
