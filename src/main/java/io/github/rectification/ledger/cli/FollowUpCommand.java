package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.CarryOver;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.FollowUpRepository;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code followup start|show}: 回头看 rounds, started from an inspection with its unfinished measures. */
@Command(name = "followup", mixinStandardHelpOptions = true,
        description = "回头看:从一个巡察开启回头看(带入未完成、未销号及长期坚持的整改措施),查看带入情况。",
        subcommands = {FollowUpCommand.Start.class, FollowUpCommand.Show.class})
final class FollowUpCommand {

    @Command(name = "start", mixinStandardHelpOptions = true, description = "开启回头看,作为一个新的巡察(一次事务)。")
    static final class Start implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @Option(names = "--inspection", required = true, paramLabel = "ID", description = "原巡察的编号(见 dump)")
        long inspection;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "回头看的名称")
        String name;

        @Option(names = "--group", paramLabel = "GROUP", description = "巡察组,如 市委第一巡察组")
        String group;

        @Option(names = "--feedback-date", paramLabel = "YYYY-MM-DD", description = "反馈日期")
        LocalDate feedback;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openForWriting()) {
                Inspection origin = Inspections.require(store, inspection);
                if (name.isBlank()) {
                    throw new RejectedInputException(Messages.TEXTS.text("followup.name"));
                }
                Inspection round = new Inspection(0, name.strip(), origin.inspectedUnit(),
                        group == null ? origin.inspectionGroup() : group.strip(), null, null, feedback, null, 0)
                        .withRound(CarryOver.ROUND_KIND, origin.issuingBody());
                FollowUpRepository.Started s = store.followUp().start(inspection, round);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.put("inspection", s.round().id()).put("origin", inspection).put("problems", s.problems())
                            .put("carried", s.carried());
                    out.println(new ObjectMapper().writeValueAsString(o));
                } else {
                    out.printf("已开启回头看“%s”(编号 %d):带入 %d 个问题、%d 条整改措施%n", s.round().name(), s.round().id(),
                            s.problems(), s.carried());
                }
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "一个巡察的回头看关系:从哪一轮开启、带入多少条、其中现已完成多少条。")
    static final class Show implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @Option(names = "--inspection", required = true, paramLabel = "ID", description = "巡察的编号(见 dump)")
        long inspection;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openExisting()) {
                Inspection i = Inspections.require(store, inspection);
                List<Long> carried = store.followUp().carriedMeasures(inspection);
                long done = carried.stream()
                        .map(id -> store.inspections().measure(id).map(Measure::status).orElse(null))
                        .filter(s -> s == Status.DONE).count();
                List<Long> rounds = store.followUp().roundsOf(inspection);
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                o.put("inspection", i.id()).put("name", i.name());
                store.followUp().originOf(inspection).ifPresentOrElse(id -> o.put("origin", id), () -> o.putNull("origin"));
                ArrayNode r = o.putArray("rounds");
                rounds.forEach(r::add);
                o.put("carried", carried.size()).put("carried_done", done);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().writeValueAsString(o));
                } else {
                    out.printf("%s:带入整改措施 %d 条,其中现已完成 %d 条;由此开启的回头看 %d 轮%n", i.name(), carried.size(), done,
                            rounds.size());
                }
                return 0;
            }
        }
    }
}
