package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.cli.LedgerCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line of the benchmarks' jar in-process and keeps what it printed. */
record BenchRun(int code, String out, String err) {
    static BenchRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LedgerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), BenchCommand::addTo);
        return new BenchRun(code, out.toString(), err.toString());
    }
}
