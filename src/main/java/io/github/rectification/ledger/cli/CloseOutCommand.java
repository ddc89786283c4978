package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutRefusedException;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.report.closeout.CloseOutRegister;
import io.github.rectification.ledger.report.closeout.CloseOutRegisterWorkbook;
import io.github.rectification.ledger.report.pdf.CjkFont;
import io.github.rectification.ledger.report.pdf.CjkFontLocator;
import io.github.rectification.ledger.report.pdf.CloseOutRegisterPdf;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code closeout request|approve|reject|register}: the 销号 of measures and its register. */
@Command(name = "closeout", mixinStandardHelpOptions = true,
        description = "销号:申请、审核通过、退回,以及对账销号表。规则不允许时退出码为 3,台账不变。",
        subcommands = {CloseOutCommand.Request.class, CloseOutCommand.Approve.class, CloseOutCommand.Reject.class,
                CloseOutCommand.Register.class})
final class CloseOutCommand {

    /** What the three steps share: the ledger, the measure and the output. */
    abstract static class Step implements Callable<Integer> {
        @Mixin
        LedgerFileOption db;

        @Option(names = "--measure", required = true, paramLabel = "UID", description = "整改措施的 uid(见 dump --json)")
        String measure;

        @Option(names = "--json", description = "以 JSON 输出")
        boolean json;

        @Spec
        CommandSpec spec;

        abstract CloseOut apply(LedgerStore store) throws CloseOutRefusedException;

        @Override
        public Integer call() throws Exception {
            try (LedgerStore store = db.openForWriting()) {
                CloseOut done;
                try {
                    done = apply(store);
                } catch (CloseOutRefusedException e) {
                    throw new RejectedInputException(e.getMessage());
                }
                if (json) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.put("measure_uid", measure).put("state", done.state().code()).put("word", done.state().word())
                            .put("note", done.note()).put("opinion", done.opinion()).put("override", done.override())
                            .put("decided_by", done.decidedBy());
                    spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(o));
                } else {
                    spec.commandLine().getOut().printf("整改措施 %s:%s%n", measure, done.state().word());
                }
                return 0;
            }
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true, description = "申请销号(须为已完成,并附完成情况说明)。")
    static final class Request extends Step {
        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "完成情况说明")
        String note;

        @Override
        CloseOut apply(LedgerStore store) throws CloseOutRefusedException {
            return store.closeOut().request(measure, note);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "审核通过,销号(须有佐证材料;没有时用 --override 说明理由)。")
    static final class Approve extends Step {
        @Option(names = "--opinion", paramLabel = "TEXT", description = "审核意见")
        String opinion;

        @Option(names = "--override", paramLabel = "REASON", description = "没有佐证材料仍予销号的理由")
        String override;

        @Override
        CloseOut apply(LedgerStore store) throws CloseOutRefusedException {
            return store.closeOut().approve(measure, opinion, override);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "退回销号申请(须说明理由);整改措施回到正在推进。")
    static final class Reject extends Step {
        @Option(names = "--opinion", required = true, paramLabel = "REASON", description = "退回理由")
        String opinion;

        @Override
        CloseOut apply(LedgerStore store) throws CloseOutRefusedException {
            return store.closeOut().reject(measure, opinion);
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "生成一个巡察的对账销号表:.xlsx 或 .pdf(A4 横向,表头每页重复)。")
    static final class Register implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.xlsx|FILE.pdf", description = "要写入的文件")
        Path file;

        @Mixin
        LedgerFileOption db;

        @Option(names = "--inspection", required = true, paramLabel = "ID", description = "巡察的编号(见 dump)")
        long inspection;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "截至日期,默认今天")
        LocalDate asOf;

        @Option(names = "--font", paramLabel = "FONT", description = "PDF 使用的中文字体文件(.ttf/.ttc)")
        Path font;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pdf = name.endsWith(".pdf");
            if (!pdf && !name.endsWith(".xlsx")) {
                throw new RejectedInputException(Messages.TEXTS.text("closeout.registerKind", file));
            }
            CloseOutRegister register;
            Optional<Path> chosenFont;
            try (LedgerStore store = db.openExisting()) {
                Inspection i = Inspections.require(store, inspection);
                register = CloseOutRegister.of(store, i, asOf == null ? LocalDate.now() : asOf);
                chosenFont = font != null ? Optional.of(font) : ReportSettings.fontFile(store);
            }
            if (pdf) {
                try (CjkFont cjk = CjkFontLocator.open(chosenFont)) {
                    CloseOutRegisterPdf.write(register, cjk, file);
                }
            } else {
                CloseOutRegisterWorkbook.write(register, file);
            }
            spec.commandLine().getOut().printf("已生成对账销号表 %s(%d 条整改措施,已销号 %d 条)%n", file.toAbsolutePath(),
                    register.rows().size(), register.closed());
            return 0;
        }
    }
}
