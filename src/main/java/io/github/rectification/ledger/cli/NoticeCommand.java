package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.report.docx.NoticeDocx;
import io.github.rectification.ledger.report.notice.CarriedOver;
import io.github.rectification.ledger.report.notice.NoticeContact;
import io.github.rectification.ledger.report.notice.NoticeDraft;
import io.github.rectification.ledger.report.notice.NoticeDrafter;
import io.github.rectification.ledger.report.notice.NoticeFigureCheck;
import io.github.rectification.ledger.report.notice.NoticeOptions;
import io.github.rectification.ledger.report.notice.NoticeTemplate;
import io.github.rectification.ledger.report.stats.ConsistencyCheck;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notice FILE.docx --db DB} writes the notice (整改落实情况的通报) drafted from the ledger in the
 * official format; {@code notice --text --db DB} prints it; {@code notice --check DRAFT.txt --db DB}
 * checks the figures of an edited draft against the ledger.
 */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "根据台账起草整改落实情况通报:FILE.docx 按 GB/T 9704 公文格式生成 Word 文件(FILE.txt 为纯文本),"
                + "--text 输出到标准输出,--check 核对已编辑的通报稿中的数字是否与台账一致。")
final class NoticeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "要写入的 .docx 或 .txt 文件")
    Path file;

    @Mixin
    LedgerFileOption db;

    @Option(names = "--text", description = "把通报全文输出到标准输出")
    boolean text;

    @Option(names = "--check", paramLabel = "DRAFT", description = "核对这份通报稿(UTF-8 文本)中的数字")
    Path check;

    /** The inspections the notice reports; the ledger's last unless given. */
    @picocli.CommandLine.Mixin
    ScopeOption scope;

    /** The day figures are counted against; the system date unless given. */
    @Option(names = {"--as-of", "--today"}, paramLabel = "YYYY-MM-DD", description = "统计截至日期(默认今天)")
    LocalDate today;

    /** The notice's own date; the ledger's 填报日期 unless given, else the as-of date. */
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "成文日期(默认台账的填报日期,没有则为截至日期)")
    LocalDate date;

    @Option(names = "--phone", paramLabel = "TEL", description = "联系电话(保存在台账中,以后的通报沿用)")
    String phone;

    @Option(names = "--fax", paramLabel = "FAX", description = "传真号码(保存在台账中)")
    String fax;

    @Option(names = "--email", paramLabel = "MAIL", description = "电子邮箱(保存在台账中)")
    String email;

    @Override
    public Integer call() throws Exception {
        if (file == null && !text && check == null) {
            throw new RejectedInputException(Messages.TEXTS.text("notice.noTarget"));
        }
        if (file != null) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".docx") && !name.endsWith(".txt")) {
                throw new RejectedInputException(Messages.TEXTS.text("notice.kind", file));
            }
        }
        LocalDate day = today == null ? LocalDate.now() : today;
        if (phone != null || fax != null || email != null) {
            saveContact();
        }
        try (LedgerStore store = db.openExisting()) {
            Ledger ledger = store.inspections().snapshot();
            if (ledger.inspections().isEmpty()) {
                throw new RejectedInputException(Messages.TEXTS.text("notice.noInspection", store.file()));
            }
            ReportScope chosenScope = scope.scope(store, ReportScope.of(NoticeDrafter.defaultInspection(ledger).id()));
            Inspection chosen = NoticeDrafter.defaultInspection(chosenScope.apply(ledger));
            if (check != null) {
                return check(NoticeFigureCheck.check(read(check), NoticeDrafter.figures(ledger, chosenScope,
                        store.settings().countingRule(), day)));
            }
            String closing = ReportSettings.noticeClosing(store).orElse(NoticeTemplate.DEFAULT_CLOSING);
            NoticeContact contact = NoticeContact.of(store);
            FindingsLine.of(ConsistencyCheck.of(StatisticsService.of(store, day, chosenScope)))
                    .ifPresent(spec.commandLine().getErr()::println);
            LocalDate noticeDate = date != null ? date : chosen.reportDate() != null ? chosen.reportDate() : day;
            NoticeDraft draft = NoticeDrafter.draft(ledger, chosenScope, store.settings().countingRule(),
                    new NoticeOptions(day, noticeDate, closing, contact)
                            .withCarried(CarriedOver.of(store, chosen).orElse(null)));
            PrintWriter out = spec.commandLine().getOut();
            if (text) {
                out.print(draft.text());
            }
            if (file != null) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                    Files.writeString(file, draft.text(), StandardCharsets.UTF_8);
                } else {
                    NoticeDocx.write(draft, file);
                }
                (text ? spec.commandLine().getErr() : out).println("已生成通报 " + file.toAbsolutePath());
            }
            out.flush();
            return 0;
        }
    }

    /** Keeps the contact given on the command line in the ledger, for this notice and the next ones. */
    private void saveContact() throws Exception {
        db.openExisting().close();
        try (LedgerStore store = LedgerStore.open(db.file.toAbsolutePath())) {
            NoticeContact old = NoticeContact.of(store);
            new NoticeContact(phone == null ? old.phone() : phone, fax == null ? old.fax() : fax,
                    email == null ? old.email() : email).save(store);
        }
    }

    private int check(List<Finding> findings) throws RejectedInputException {
        PrintWriter out = spec.commandLine().getOut();
        if (findings.isEmpty()) {
            out.println("通报稿中的数字与台账一致。");
            return 0;
        }
        StringBuilder sb = new StringBuilder(check + " 中有 " + findings.size() + " 处数字与台账不一致:");
        findings.forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f.message()));
        throw new RejectedInputException(sb.toString());
    }

    private static String read(Path draft) throws RejectedInputException {
        try {
            return Files.readString(draft, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RejectedInputException(Messages.TEXTS.text("ledger.unreadable", draft, e.getMessage()));
        }
    }
}
