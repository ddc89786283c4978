package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.exchange.distribution.DistributionJob;
import io.github.rectification.ledger.exchange.distribution.Distributor;
import io.github.rectification.ledger.exchange.distribution.EmlDraft;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code distribute --db DB --out DIR [--inspection ID]... [--by department|leader] [--due YYYY-MM-DD]
 * [--return-to TEXT] [--eml] [--json]}: one workbook per lead department (or leader) with its measures, each a batch.
 */
@Command(name = "distribute", mixinStandardHelpOptions = true,
        description = "下发：按牵头部门（或责任领导）各写一个只含其整改措施的工作簿，锁定不应修改的列，记录发出批次。")
final class DistributeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerFileOption db;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "写入工作簿的文件夹")
    Path out;

    @Option(names = "--inspection", paramLabel = "ID", description = "只下发这些巡察(编号见 dump,可多次给出)")
    List<Long> inspections = new ArrayList<>();

    @Option(names = "--by", paramLabel = "department|leader", description = "按牵头部门(默认)或责任领导分别下发")
    String by = "department";

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "报送截止日期")
    String due;

    @Option(names = "--return-to", paramLabel = "TEXT", description = "报送对象(如“局整改办 张三 89985051”),不给时取台账设置")
    String returnTo;

    @Option(names = "--eml", description = "在每个工作簿旁另写一封邮件草稿(.eml,收件人取机构名录,附工作簿,不发送)")
    boolean eml;

    @Option(names = "--json", description = "以 JSON 输出结果")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Distributor.By whom = switch (by.strip()) {
            case "department" -> Distributor.By.DEPARTMENT;
            case "leader" -> Distributor.By.LEADER;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.TEXTS.text("option.by", by));
        };
        LocalDate dueDate = null;
        if (due != null) {
            try {
                dueDate = LocalDate.parse(due.strip());
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        Messages.TEXTS.text("option.date", "--due", due));
            }
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new RejectedInputException(Messages.TEXTS.text("out.notFolder", out.toAbsolutePath()));
        }
        try (LedgerStore store = db.openForWriting()) {
            for (Long id : inspections) {
                Inspections.require(store, id);
            }
            DistributionJob.Result result;
            try {
                result = DistributionJob.run(store, out, new Distributor.Request(inspections, whom, dueDate, returnTo, null),
                        eml);
            } catch (IllegalArgumentException e) {
                throw new RejectedInputException(e.getMessage());
            }
            Distributor.Round round = result.round();
            Map<Distributor.Sent, EmlDraft.Written> drafts = result.drafts();
            PrintWriter w = spec.commandLine().getOut();
            for (EmlDraft.Written d : drafts.values()) {
                if (d.problem() != null) {
                    spec.commandLine().getErr().println(d.file().getFileName() + ":" + d.problem());
                }
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("batch", round.round());
                m.put("due", round.due() == null ? null : round.due().toString());
                List<Map<String, Object>> files = new ArrayList<>();
                for (Distributor.Sent s : round.files()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put(whom == Distributor.By.LEADER ? "leader" : "department", s.recipient());
                    f.put("file", s.file().toString());
                    f.put("measures", s.measures());
                    f.put("sent_back", s.sentBack());
                    f.put("batch", s.batch());
                    f.put("email", s.email());
                    f.put("eml", drafts.containsKey(s) ? drafts.get(s).file().toString() : null);
                    files.add(f);
                }
                m.put("files", files);
                m.put("unassigned", round.unassigned());
                w.println(new ObjectMapper().writeValueAsString(m));
            } else {
                w.printf("下发批次 %s:%d 个工作簿%n", round.round(), round.files().size());
                for (Distributor.Sent s : round.files()) {
                    w.printf("  %s:%d 条整改措施 → %s%n", s.recipient(), s.measures(), s.file());
                    if (drafts.containsKey(s)) {
                        w.printf("    邮件草稿 → %s%n", drafts.get(s).file());
                    }
                }
                if (round.unassigned() > 0) {
                    w.printf("%d 条整改措施未填%s,未下发%n", round.unassigned(),
                            whom == Distributor.By.LEADER ? "责任领导" : "牵头部门");
                }
            }
            w.flush();
            return 0;
        }
    }
}
