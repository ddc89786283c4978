package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.store.LedgerStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The size and seed of the ledger a benchmark generates, shared by the bench commands. */
final class SyntheticOptions {
    @Option(names = "--measures", defaultValue = "100000", description = "整改措施条数(默认 ${DEFAULT-VALUE})")
    int measures;

    @Option(names = "--inspections", defaultValue = "5", description = "巡察次数(默认 ${DEFAULT-VALUE})")
    int inspections;

    @Option(names = "--seed", defaultValue = "1", description = "生成数据的随机种子(默认 ${DEFAULT-VALUE})")
    long seed;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Refuses sizes that make no ledger, as a usage error. */
    void check() {
        if (measures < 1 || inspections < 1) {
            throw new ParameterException(spec.commandLine(), Messages.TEXTS.text("option.positive"));
        }
    }

    SyntheticStore.Size write(LedgerStore store) {
        return SyntheticStore.write(new SyntheticLedger(measures, inspections, seed), store);
    }
}
