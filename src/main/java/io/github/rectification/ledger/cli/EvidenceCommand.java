package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.exchange.evidence.EvidencePackage;
import io.github.rectification.ledger.exchange.evidence.PackageCheck;
import io.github.rectification.ledger.store.EvidenceRefusedException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evidence add|list|export|verify}: the 佐证材料 kept inside the ledger. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "佐证材料:添加到整改措施或问题、列出、导出整改材料汇编、核验汇编。",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.ListCommand.class, EvidenceCommand.Export.class,
                EvidenceCommand.Verify.class})
final class EvidenceCommand {

    /** The record a command is about: a measure or a problem, by its uid (see dump --json). */
    static final class Owner {
        @Option(names = "--measure", paramLabel = "UID", description = "整改措施的 uid(见 dump --json)")
        String measure;

        @Option(names = "--problem", paramLabel = "UID", description = "问题的 uid(见 dump --json)")
        String problem;

        EvidenceOwner owner() {
            return measure != null ? EvidenceOwner.measure(measure) : EvidenceOwner.problem(problem);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "把文件作为佐证材料添加到一条整改措施或一个问题(一次事务)。")
    static final class Add implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @ArgGroup(multiplicity = "1")
        Owner owner;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "要添加的文件")
        List<Path> files;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openForWriting()) {
                List<Evidence> added;
                try {
                    added = store.evidence().attach(owner.owner(), files);
                } catch (EvidenceRefusedException e) {
                    throw new RejectedInputException(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.set("added", list(added));
                    out.println(new ObjectMapper().writeValueAsString(o));
                } else {
                    added.forEach(e -> out.printf("已添加 %s(%d 字节,SHA-256 %s)%n", e.name(), e.size(), e.sha256()));
                }
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出佐证材料:全部,或一条整改措施、一个问题的。")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @ArgGroup(multiplicity = "0..1")
        Owner owner;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openExisting()) {
                List<Evidence> all = owner == null ? store.evidence().all() : store.evidence().of(owner.owner());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.set("evidence", list(all));
                    out.println(new ObjectMapper().writeValueAsString(o));
                } else {
                    all.forEach(e -> out.printf("%s\t%d\t%s\t%s\t%s%n", e.name(), e.size(), e.addedAt(), e.addedBy(),
                            e.sha256()));
                    out.printf("共 %d 份佐证材料%n", all.size());
                }
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "导出整改材料汇编:<问题序号>/<措施序号>-<文件名>,附整改材料目录.xlsx;目标以 .zip 结尾时写成 zip 文件。")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR|FILE.zip", description = "新的文件夹(或空文件夹),或 zip 文件")
        Path target;

        @Mixin
        LedgerFileOption db;

        @Option(names = "--inspection", paramLabel = "ID", description = "只导出这些巡察(编号见 dump),可重复")
        List<Long> inspections = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openExistingUnchecked()) {
                for (Long id : inspections) {
                    Inspections.require(store, id);
                }
                EvidencePackage.Written w;
                try {
                    w = EvidencePackage.write(store, inspections, target);
                } catch (java.io.IOException e) {
                    throw new RejectedInputException(e.getMessage());
                }
                spec.commandLine().getOut().printf("已导出 %d 份佐证材料(%d 字节)到 %s%n", w.files(), w.bytes(), w.target());
                return 0;
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "核验整改材料汇编:每个文件都在、内容的 SHA-256 与目录和台账一致、没有目录外的文件。不一致时退出码为 3。")
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR|FILE.zip", description = "整改材料汇编的文件夹或 zip 文件")
        Path target;

        @Mixin
        LedgerFileOption db;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openExisting()) {
                PackageCheck.Result r;
                try {
                    r = PackageCheck.check(store, target);
                } catch (java.io.IOException e) {
                    throw new RejectedInputException(target + ": " + e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.put("checked", r.checked());
                    o.put("ok", r.ok());
                    ArrayNode a = o.putArray("findings");
                    r.findings().forEach(f -> a.addObject().put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT))
                            .put("path", f.path()).put("detail", f.detail()));
                    out.println(new ObjectMapper().writeValueAsString(o));
                } else {
                    r.findings().forEach(f -> out.printf("%s\t%s\t%s%n", word(f.kind()), f.path(), f.detail()));
                    out.printf(r.ok() ? "已核验 %d 个文件,全部与台账一致%n" : "已核验 %d 个文件,发现 %d 处不一致%n",
                            r.checked(), r.findings().size());
                }
                return r.ok() ? 0 : LedgerCli.REJECTED;
            }
        }

        private static String word(PackageCheck.Kind k) {
            return switch (k) {
                case MISSING -> "缺少文件";
                case ALTERED -> "内容被改动";
                case NOT_IN_LEDGER -> "与台账不符";
                case UNLISTED -> "目录外文件";
            };
        }
    }

    static ArrayNode list(List<Evidence> evidence) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Evidence e : evidence) {
            a.addObject().put("uid", e.uid()).put("owner_kind", e.owner().kind().code()).put("owner_uid", e.owner().uid())
                    .put("name", e.name()).put("size", e.size()).put("sha256", e.sha256())
                    .put("added_at", e.addedAt().toString()).put("added_by", e.addedBy());
        }
        return a;
    }
}
