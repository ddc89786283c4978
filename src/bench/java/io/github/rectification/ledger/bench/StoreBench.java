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
import java.time.LocalDate;
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
 * with it: open the file, show the tree's first screen, filter by a long and a short Chinese text.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "台账存储基准测试:新建大台账,测量打开、树首屏、中文筛选的耗时。")
final class StoreBench implements Callable<Integer> {
    @Mixin
    SyntheticOptions generated;

    @Option(names = "--repeats", defaultValue = "3", description = "每项查询重复次数(默认 ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--query", defaultValue = "养老服务", description = "三字以上的筛选词(全文索引,默认 ${DEFAULT-VALUE})")
    String longQuery;

    @Option(names = "--short-query", defaultValue = "养老", description = "两字筛选词(LIKE,默认 ${DEFAULT-VALUE})")
    String shortQuery;

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

        try (LedgerStore store = open(file)) {
            r.step("tree_first_screen", "树首屏(巡察+计数+首个巡察的问题+计数)", repeats, () -> {
                List<Inspection> all = store.inspections().all();
                Map<Long, NodeCounts> counts = store.inspections().inspectionCounts(today);
                List<Problem> problems = store.inspections().problems(all.get(0).id(), null);
                Map<Long, NodeCounts> problemCounts = store.inspections().problemCounts(all.get(0).id(), today);
                return all.size() + " 次巡察," + problems.size() + " 个问题," + counts.size() + "+"
                        + problemCounts.size() + " 组计数";
            }, v -> v);
            r.step("filter_fts", "筛选“" + longQuery + "”(全文索引)", repeats,
                    () -> store.inspections().find(MeasureFilter.text(longQuery, today)), StoreBench::hits);
            r.step("filter_like", "筛选“" + shortQuery + "”(LIKE)", repeats,
                    () -> store.inspections().find(MeasureFilter.text(shortQuery, today)), StoreBench::hits);
            r.step("filter_overdue", "筛选逾期措施", repeats,
                    () -> store.inspections().find(new MeasureFilter("", EnumSet.allOf(Status.class), true, today)),
                    StoreBench::hits);
            r.step("departments", "按牵头部门分组(第二棵树)", repeats,
                    () -> store.inspections().departments(), d -> d.size() + " 个部门");
            r.step("figures", "全台账统计(SQLite 计数,即 stats)", Math.min(repeats, 1),
                    () -> store.inspections().counts(store.settings().countingRule(), today),
                    f -> "措施 " + f.measures() + " 条,逾期 " + f.overdue() + " 条");
            Inspection first = store.inspections().all().get(0);
            BenchReport.Timed<Removed> delete = BenchReport.time(() -> store.inspections().removeInspection(first.id()));
            Removed removed = delete.value();
            r.step("delete_inspection", "删除一次巡察(连同问题和措施)", delete,
                    removed.problems().size() + " 个问题," + removed.measures().size() + " 条措施");
            r.step("restore_inspection", "撤销删除(原 id 恢复)", BenchReport.time(() -> {
                store.inspections().restore(removed);
                return null;
            }), "");
        }
        r.fact("file_bytes", Files.size(file));
        r.fact("file_mb", Math.round(Files.size(file) / 1024.0 / 1024.0 * 10) / 10.0);
        return r;
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
