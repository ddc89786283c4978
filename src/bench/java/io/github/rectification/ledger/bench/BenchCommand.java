package io.github.rectification.ledger.bench;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: performance benchmarks, one subcommand each ({@code bench store}, ...). Without a
 * subcommand every benchmark runs with its defaults. A new benchmark is a {@code Callable<Integer>}
 * command added to {@code subcommands} below; it builds its figures with {@link BenchReport} and may
 * create its ledger with {@link SyntheticLedger}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能基准测试:生成大台账并测量各项操作的耗时。不带子命令时运行全部基准测试。",
        subcommands = {StoreBench.class, ExchangeBenchCommand.class, ReportBench.class, EvidenceBench.class,
            DistributionBench.class, StatsBench.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Adds {@code bench}, with its messages, to the program's command line. */
    public static void addTo(CommandLine program) {
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.setResourceBundle(Messages.TEXTS.bundle());
        program.addSubcommand("bench", bench);
    }

    @Override
    public Integer call() {
        Map<CommandLine, Boolean> done = new IdentityHashMap<>();
        for (CommandLine sub : spec.commandLine().getSubcommands().values()) {
            if (done.put(sub, Boolean.TRUE) != null) {
                continue;
            }
            int code = sub.execute();
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }
}
