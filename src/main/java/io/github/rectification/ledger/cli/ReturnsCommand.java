package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.DayTexts;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Reminder;
import io.github.rectification.ledger.exchange.distribution.EmlDraft;
import io.github.rectification.ledger.exchange.distribution.Reminders;
import io.github.rectification.ledger.report.docx.ReminderDocx;
import io.github.rectification.ledger.exchange.distribution.ReturnsRegister;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.SentPart;
import java.io.PrintWriter;
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
 * {@code returns --db DB [--batch ID | --latest] [--as-of YYYY-MM-DD] [--chase] [--json]}: the returns
 * register of the distributions; {@code --chase} lists only the late departments with their contacts.
 */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "报送情况:每次下发的各部门是否已报送、何时报送、是否逾期、未决冲突;--chase 列出需催报的部门。")
final class ReturnsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerFileOption db;

    @Option(names = "--batch", paramLabel = "ID", description = "只看这一次下发(distribute 输出的批次)")
    String batch;

    @Option(names = "--latest", description = "只看最近一次下发")
    boolean latest;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "按这一天判断是否逾期(默认今天)")
    String asOf;

    @Option(names = "--chase", description = "催报:只列出逾期未报送的部门及其联系人、电子邮箱")
    boolean chase;

    @Option(names = "--eml", paramLabel = "DIR", description = "与 --chase 一起:为每个逾期部门在这个文件夹写一封催报邮件草稿(.eml)")
    java.nio.file.Path eml;

    @Option(names = "--docx", paramLabel = "DIR", description = "与 --chase 一起:为每个逾期部门在这个文件夹写一份催报通知(.docx,按设置中的催报模板)")
    java.nio.file.Path docx;

    @Option(names = "--json", description = "以 JSON 输出结果")
    boolean json;

    @Override
    public Integer call() throws Exception {
        LocalDate day = LocalDate.now();
        if (asOf != null) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        Messages.TEXTS.text("option.date", "--as-of", asOf));
            }
        }
        try (LedgerStore store = db.openExisting()) {
            List<String> rounds;
            if (batch != null) {
                rounds = List.of(batch.strip());
            } else if (latest) {
                rounds = ReturnsRegister.latest(store).map(List::of).orElse(List.of());
            } else {
                rounds = ReturnsRegister.rounds(store);
            }
            List<ReturnsRegister.Round> register = new ArrayList<>();
            for (String r : rounds) {
                var round = ReturnsRegister.of(store, r, day);
                if (round.isEmpty() && batch != null) {
                    throw new RejectedInputException(Messages.TEXTS.text("returns.batch", store.file(), String.valueOf(batch)));
                }
                round.ifPresent(register::add);
            }
            PrintWriter w = spec.commandLine().getOut();
            if ((eml != null || docx != null) && !chase) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.TEXTS.text("returns.emlWithoutChase"));
            }
            if (eml != null || docx != null) {
                String template = Reminders.template(store);
                for (ReturnsRegister.Round r : register) {
                    for (ReturnsRegister.Line l : r.late()) {
                        Reminder reminder = Reminders.of(store, r, l, day);
                        if (eml != null) {
                            EmlDraft.Written d = EmlDraft.reminder(eml, l, reminder, template);
                            spec.commandLine().getErr().println("催报草稿 " + d.file()
                                    + (d.problem() == null ? "" : ":" + d.problem()));
                        }
                        if (docx != null) {
                            java.nio.file.Files.createDirectories(docx);
                            java.nio.file.Path file = docx.resolve(Reminders.fileName(l, ".docx"));
                            ReminderDocx.write(reminder.text(template), file);
                            spec.commandLine().getErr().println("催报通知 " + file);
                        }
                    }
                }
            }
            if (json) {
                w.println(new ObjectMapper().writeValueAsString(json(register, day)));
            } else {
                print(w, register, day);
            }
            w.flush();
            return 0;
        }
    }

    private Map<String, Object> json(List<ReturnsRegister.Round> register, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", day.toString());
        List<Object> batches = new ArrayList<>();
        for (ReturnsRegister.Round r : register) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("batch", r.round());
            b.put("sent", r.sent());
            b.put("due", r.due() == null ? null : r.due().toString());
            List<Object> departments = new ArrayList<>();
            for (ReturnsRegister.Line l : chase ? r.late() : r.lines()) {
                SentPart p = l.part();
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("department", p.recipient());
                d.put("file", p.batch().fileName());
                d.put("measures", p.measures());
                d.put("returned", p.returned() ? p.returns().get(p.returns().size() - 1).at() : null);
                d.put("returns", p.returns().size());
                d.put("returned_file", p.returned() ? p.returns().get(p.returns().size() - 1).fileName() : null);
                d.put("applied", p.returns().stream().mapToInt(SentPart.Returned::applied).sum());
                d.put("conflicts", p.openConflicts());
                d.put("overdue", l.overdue());
                d.put("contact", l.contact());
                d.put("email", l.email());
                departments.add(d);
            }
            b.put("departments", departments);
            batches.add(b);
        }
        m.put("batches", batches);
        return m;
    }

    private void print(PrintWriter w, List<ReturnsRegister.Round> register, LocalDate day) {
        if (register.isEmpty()) {
            w.println("没有下发记录");
            return;
        }
        w.println("截至" + DayTexts.chinese(day));
        for (ReturnsRegister.Round r : register) {
            w.println("下发批次 " + r.round() + ",发出 " + r.sent().substring(0, 10)
                    + (r.due() == null ? "" : ",报送截止 " + r.due()) + ":已报送 "
                    + (r.lines().size() - r.outstanding().size()) + " 个,未报送 " + r.outstanding().size() + " 个");
            for (ReturnsRegister.Line l : chase ? r.late() : r.lines()) {
                SentPart p = l.part();
                StringBuilder s = new StringBuilder("  ").append(p.recipient()).append(":");
                if (p.returned()) {
                    SentPart.Returned last = p.returns().get(p.returns().size() - 1);
                    s.append("已报送 ").append(last.at(), 0, 10).append("(").append(last.fileName()).append(")");
                    if (p.returns().size() > 1) {
                        s.append(",共 ").append(p.returns().size()).append(" 次");
                    }
                } else {
                    s.append(l.overdue() ? "逾期未报送" : "未报送");
                }
                if (p.openConflicts() > 0) {
                    s.append(",未决冲突 ").append(p.openConflicts()).append(" 处");
                }
                if (chase) {
                    s.append(",联系人 ").append(l.contact().isEmpty() ? "(名录中未填)" : l.contact())
                            .append(",邮箱 ").append(l.email().isEmpty() ? "(名录中未填)" : l.email());
                }
                s.append(",下发文件 ").append(p.batch().fileName());
                w.println(s);
            }
        }
    }
}
