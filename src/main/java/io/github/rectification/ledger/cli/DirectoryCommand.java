package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.store.DirectoryRepository;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code directory build|list|set|merge}: the directory of departments (机构名录). */
@Command(name = "directory", mixinStandardHelpOptions = true,
        description = "机构名录:从台账建立,列出(含疑似同一部门的名称),设置别名、联系人和邮箱,合并名称。",
        subcommands = {DirectoryCommand.Build.class, DirectoryCommand.ListCommand.class, DirectoryCommand.Set.class,
                DirectoryCommand.Merge.class})
final class DirectoryCommand {

    @Command(name = "build", mixinStandardHelpOptions = true, description = "把台账中名录还没有的牵头、配合部门加入名录。")
    static final class Build implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openForWriting()) {
                List<Department> added = store.directory().buildFromLedger();
                PrintWriter out = spec.commandLine().getOut();
                added.forEach(d -> out.println("已加入 " + d.name()));
                out.printf("名录共 %d 个部门,新加入 %d 个%n", store.directory().all().size(), added.size());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出名录,以及疑似同一部门、有待确认的名称。")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openExisting()) {
                List<Department> all = store.directory().all();
                List<DirectoryRepository.Suggestion> suggestions = store.directory().suggestions();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    ArrayNode d = o.putArray("departments");
                    for (Department x : all) {
                        ObjectNode n = d.addObject().put("name", x.name()).put("contact", x.contact())
                                .put("email", x.email());
                        ArrayNode aliases = n.putArray("aliases");
                        x.aliases().forEach(aliases::add);
                    }
                    ArrayNode s = o.putArray("suggestions");
                    suggestions.forEach(x -> s.addObject().put("name", x.name()).put("other", x.other())
                            .put("measures", x.measures()).put("other_measures", x.otherMeasures()));
                    out.println(new ObjectMapper().writeValueAsString(o));
                } else {
                    for (Department x : all) {
                        out.println(x.name() + (x.aliases().isEmpty() ? "" : "(又作 " + String.join("、", x.aliases()) + ")")
                                + (x.contact().isEmpty() ? "" : " 联系人 " + x.contact())
                                + (x.email().isEmpty() ? "" : " " + x.email()));
                    }
                    suggestions.forEach(x -> out.printf("疑似同一部门:%s(%d 处)与 %s(%d 处),用 directory merge 合并%n",
                            x.name(), x.measures(), x.other(), x.otherMeasures()));
                }
                return 0;
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "设置一个部门的别名、联系人和邮箱。")
    static final class Set implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DEPARTMENT", description = "部门名称或别名")
        String name;

        @Mixin
        LedgerFileOption db;

        @Option(names = "--alias", paramLabel = "ALIAS", description = "别名,可重复;给出时替换原有别名")
        List<String> aliases;

        @Option(names = "--contact", paramLabel = "NAME", description = "联系人")
        String contact;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "电子邮箱")
        String email;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openForWriting()) {
                Department d = store.directory().resolve(name).orElseThrow(() -> new RejectedInputException(
                        Messages.TEXTS.text("directory.missing", name)));
                if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw new RejectedInputException(Messages.TEXTS.text("directory.email", email));
                }
                Department next = new Department(d.id(), d.name(), aliases == null ? d.aliases() : new ArrayList<>(aliases),
                        contact == null ? d.contact() : contact, email == null ? d.email() : email);
                try {
                    next = store.directory().update(next);
                } catch (IllegalArgumentException e) {
                    throw new RejectedInputException(e.getMessage());
                }
                spec.commandLine().getOut().println("已更新 " + next.name());
                return 0;
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "把另一个名称并入一个部门,作为它的别名;台账中的文字不变。")
    static final class Merge implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KEEP", description = "保留的部门")
        String keep;

        @Parameters(index = "1", paramLabel = "OTHER", description = "并入的名称")
        String other;

        @Mixin
        LedgerFileOption db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openForWriting()) {
                Department d;
                try {
                    d = store.directory().merge(keep, other);
                } catch (IllegalArgumentException e) {
                    throw new RejectedInputException(e.getMessage());
                }
                spec.commandLine().getOut().printf("“%s”已并入“%s”%n", other, d.name());
                return 0;
            }
        }
    }
}
