package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.Samples;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail drafts of a distribution and of a reminder, parsed back with Jakarta Mail. */
class DistributionDraftTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void seed() {
        db = dir.resolve("ledger.zgtz");
        ok("import", Samples.dir().resolve("seed-ledger.xlsx").toString(), "--db", db.toString());
        ok("directory", "build", "--db", db.toString());
        ok("directory", "set", "财务处", "--db", db.toString(), "--contact", "李四", "--email", "caiwu@example.cn");
    }

    @Test
    void eachWorkbookGetsAnUnsentDraftAddressedFromTheDirectoryWithTheWorkbookAttached() throws Exception {
        CliRun run = CliRun.of("distribute", "--db", db.toString(), "--out", dir.resolve("out").toString(),
                "--due", "2026-12-10", "--eml", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode files = JSON.readTree(run.out()).get("files");
        JsonNode finance = null;
        for (JsonNode f : files) {
            assertThat(Files.isRegularFile(Path.of(f.get("eml").asText()))).isTrue();
            if (f.get("department").asText().equals("财务处")) {
                finance = f;
            }
        }
        assertThat(finance).isNotNull();
        Path workbook = Path.of(finance.get("file").asText());
        MimeMessage msg = parse(Path.of(finance.get("eml").asText()));

        assertThat(msg.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("caiwu@example.cn");
        assertThat(msg.getSubject()).contains("财务处", "2026年12月10日");
        assertThat(msg.getHeader("X-Unsent")).containsExactly("1");
        Multipart parts = (Multipart) msg.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("财务处", "2026年12月10日前");
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo(workbook.getFileName().toString());
        try (InputStream in = attachment.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(workbook));
        }
        assertThat(run.err()).as("a department without e-mail is said so").contains("没有电子邮箱");
    }

    @Test
    void theLateDepartmentsGetReminderDrafts() throws Exception {
        ok("distribute", "--db", db.toString(), "--out", dir.resolve("out").toString(), "--due", "2026-12-10");
        Path reminders = dir.resolve("催报");

        CliRun run = CliRun.of("returns", "--db", db.toString(), "--chase", "--as-of", "2026-12-20", "--eml",
                reminders.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Path draft;
        try (var listed = Files.list(reminders)) {
            draft = listed.filter(f -> f.getFileName().toString().contains("财务处")).findFirst().orElseThrow();
        }
        assertThat(draft.getFileName().toString()).startsWith("催报-").endsWith(".eml");
        MimeMessage msg = parse(draft);
        assertThat(msg.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("caiwu@example.cn");
        assertThat(msg.getSubject()).contains("催报", "财务处");
        assertThat(msg.getHeader("X-Unsent")).containsExactly("1");
        assertThat(((Multipart) msg.getContent()).getBodyPart(0).getContent().toString())
                .contains("2026年12月10日", "截至2026年12月20日");

        CliRun early = CliRun.of("returns", "--db", db.toString(), "--chase", "--as-of", "2026-12-01", "--eml",
                dir.resolve("none").toString());
        assertThat(early.code()).isZero();
        assertThat(Files.exists(dir.resolve("none"))).as("nobody is late yet").isFalse();
    }

    @Test
    void theRemindersOfTwoRoundsAreTwoDrafts() throws Exception {
        ok("distribute", "--db", db.toString(), "--out", dir.resolve("第一轮").toString(), "--due", "2026-12-10");
        ok("distribute", "--db", db.toString(), "--out", dir.resolve("第二轮").toString(), "--due", "2026-12-15");
        Path reminders = dir.resolve("催报");
        CliRun run = CliRun.of("returns", "--db", db.toString(), "--chase", "--as-of", "2026-12-20", "--eml",
                reminders.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (var listed = Files.list(reminders)) {
            assertThat(listed.map(f -> f.getFileName().toString()).filter(n -> n.contains("财务处")).toList())
                    .as("one draft a round").hasSize(2);
        }
    }

    @Test
    void theReminderIsOneTextFromTheOfficesTemplateInTheDraftAndTheWordDocument() throws Exception {
        try (LedgerStore store = LedgerStore.open(db)) {
            store.settings().put(LedgerSettings.REMINDER_TEMPLATE, "关于抓紧报送整改落实情况的函\n{部门}：\n《{文件}》应于{截止日期}前报送，"
                    + "截至{日期}尚未收到，请于三个工作日内报送。\n市民政局巡察整改办\n{日期}");
        }
        ok("distribute", "--db", db.toString(), "--out", dir.resolve("out").toString(), "--due", "2026-12-10");
        Path out = dir.resolve("催报");
        CliRun run = CliRun.of("returns", "--db", db.toString(), "--chase", "--as-of", "2026-12-20", "--eml",
                out.toString(), "--docx", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        Path eml;
        Path docx;
        try (var listed = Files.list(out)) {
            List<Path> finance = listed.filter(f -> f.getFileName().toString().contains("财务处")).sorted().toList();
            assertThat(finance).extracting(f -> f.getFileName().toString().replaceAll(".*\\.", ""))
                    .containsExactly("docx", "eml");
            docx = finance.get(0);
            eml = finance.get(1);
        }
        String body = ((Multipart) parse(eml).getContent()).getBodyPart(0).getContent().toString().strip();
        assertThat(body).startsWith("财务处：\n《").contains("应于2026年12月10日前报送，截至2026年12月20日尚未收到")
                .endsWith("市民政局巡察整改办\n2026年12月20日");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<XWPFParagraph> text = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertThat(text.get(0).getText()).isEqualTo("关于抓紧报送整改落实情况的函");
            assertThat(text.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(text.get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(text.get(1).getText()).as("the addressee, flush left").isEqualTo("财务处：");
            assertThat(text.get(1).getIndentationFirstLine()).isLessThanOrEqualTo(0);
            assertThat(text.get(2).getIndentationFirstLine()).as("the text, indented two characters").isPositive();
            assertThat(text.get(2).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(text.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
                    .as("the same text as the draft").endsWith(body);
            assertThat(text.get(text.size() - 1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        }
        assertThat(CliRun.of("returns", "--db", db.toString(), "--docx", out.toString()).code())
                .as("--docx without --chase").isEqualTo(2);
    }

    @Test
    void aCloseOutSentBackIsListedWithItsOpinionInTheDepartmentsNextWorkbookAndDraft() throws Exception {
        String back;
        String closed;
        String text;
        try (LedgerStore store = LedgerStore.open(db)) {
            List<Measure> finance = store.inspections().snapshot().measures().stream().filter(m -> m.department().equals("财务处"))
                    .toList();
            back = store.history().uidOf(RecordKind.MEASURE, finance.get(0).id());
            closed = store.history().uidOf(RecordKind.MEASURE, finance.get(1).id());
            text = finance.get(0).text();
            for (String uid : List.of(back, closed)) {
                store.inspections().update(MeasureBuilder.from(store.inspections().measure(store.history().idOfUid(RecordKind.MEASURE, uid).orElseThrow()).orElseThrow())
                        .status(Status.DONE).completedOn(java.time.LocalDate.of(2026, 11, 1)).build());
                store.closeOut().request(uid, "已完成");
            }
            store.closeOut().reject(back, "佐证材料不全，请补充会议纪要");
            store.closeOut().approve(closed, "同意销号", "无需佐证");
        }
        CliRun run = CliRun.of("distribute", "--db", db.toString(), "--out", dir.resolve("out").toString(),
                "--due", "2026-12-10", "--eml", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode finance = null;
        for (JsonNode f : JSON.readTree(run.out()).get("files")) {
            if (f.get("department").asText().equals("财务处")) {
                finance = f;
            } else {
                assertThat(f.get("sent_back").asInt()).isZero();
            }
        }
        assertThat(finance.get("sent_back").asInt()).isEqualTo(1);
        List<String> instructions = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(Path.of(finance.get("file").asText())))) {
            wb.getSheet("填表说明").forEach(r -> instructions.add(r.getCell(0).getStringCellValue()));
        }
        int at = instructions.indexOf("六、下列1项整改措施的销号申请已被退回，请按退回意见继续整改，完成后在【申请销号】选“是”重新申请：");
        assertThat(at).as(String.join("\n", instructions)).isPositive();
        assertThat(instructions).hasSize(at + 2);
        assertThat(instructions.get(at + 1)).startsWith("    1. ").contains("“" + text.substring(0, 10))
                .contains("：退回意见：佐证材料不全，请补充会议纪要（" + DayTexts.chinese(java.time.LocalDate.now()) + "退回）");
        String body = ((Multipart) parse(Path.of(finance.get("eml").asText())).getContent()).getBodyPart(0)
                .getContent().toString();
        assertThat(body).contains("其中1项措施的销号申请已被退回");
    }

    private static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static void ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }
}
