package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code init --db FILE}: creates an empty ledger file; an existing ledger is left as it is. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "新建一个空台账文件;文件已是台账时保留其内容。")
final class InitCommand implements Callable<Integer> {
    @Mixin
    LedgerFileOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = db.file.toAbsolutePath();
        boolean existed = Files.exists(file) && Files.size(file) > 0;
        try (LedgerStore store = LedgerStore.open(file)) {
            String what = existed ? "台账已存在" : "已创建台账";
            spec.commandLine().getOut().println(what + ": " + store.file() + "(文件版本 " + store.schemaVersion() + ")");
        }
        return 0;
    }
}
