package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.cli.LedgerCli;

/**
 * The entry point of {@code rectification-ledger-bench.jar}: the application's command line with
 * {@code bench} added. The benchmarks are built apart and never shipped in the application's jar.
 */
public final class BenchLauncher {
    private BenchLauncher() {
    }

    public static void main(String[] args) {
        System.exit(LedgerCli.run(args, BenchCommand::addTo));
    }
}
