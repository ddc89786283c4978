package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "--today=2022-07-28";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void ledger() throws Exception {
        db = dir.resolve("notice.zgtz");
        try (LedgerStore store = LedgerStore.open(db)) {
            NoticeLedger.build(store, 4);
        }
    }

    @Test
    void statsJsonKeepsItsKeysAndAddsGroupsWarningsAndTheRule() throws Exception {
        CliRun run = CliRun.of("stats", "--db", db.toString(), "--json", DAY);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = JSON.readTree(run.out());
        assertThat(o.fieldNames()).toIterable().startsWith("inspections", "problems", "measures", "status",
                "completion_rate", "problems_unfinished", "measures_unfinished", "overdue", "accountability",
                "institutions").contains("counting_rule", "by_category", "by_department", "warnings");
        assertThat(o.get("completion_rate").asText()).isEqualTo("99.31%");
        assertThat(o.at("/counting_rule/basis").asText()).isEqualTo("measures");
        assertThat(o.at("/counting_rule/long_term").asInt()).isEqualTo(4);
        assertThat(o.at("/counting_rule/text").asText()).contains("含长期坚持4条");
        assertThat(o.get("by_category")).hasSize(4);
        assertThat(o.at("/by_category/3/name").asText()).isEqualTo("巡察整改方面");
        assertThat(o.at("/by_category/3/completion_rate").asText()).isEqualTo("95.00%");
        assertThat(o.get("by_department")).hasSize(5);
        assertThat(o.get("warnings")).hasSize(1);
        assertThat(o.at("/warnings/0/band").asText()).isEqualTo("overdue");
        assertThat(o.at("/warnings/0/days_left").asInt()).isEqualTo(-119);
        assertThat(o.at("/warnings/0/measure").asText()).isEqualTo(NoticeLedger.OPEN_MEASURE);
        assertThat(o.get("checks")).isEmpty();
    }

    @Test
    void reportsCountAsOfTheChosenDayStateItAndSumUpTheirChecksInOneLine() throws Exception {
        Path seed = dir.resolve("seed.zgtz");
        String workbook = Path.of(System.getProperty("samples.dir"), "seed-ledger.xlsx").toString();
        assertThat(CliRun.of("import", workbook, "--db", seed.toString()).code()).isZero();
        Path pdf = dir.resolve("汇总.pdf");
        CliRun run = CliRun.of("report", pdf.toString(), "--db", seed.toString(), "--as-of=2022-07-28");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("提示：台账中有 37 处需要核对（已完成但未填完成时间 37 条）");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("截至2022年7月28日").doesNotContain("2022-");
        }
        CliRun notice = CliRun.of("notice", "--text", "--db", seed.toString(), "--as-of=2022-07-28");
        assertThat(notice.err().lines().toList()).singleElement().asString().startsWith("提示：台账中有 37 处");
        JsonNode early = JSON.readTree(CliRun.of("stats", "--db", db.toString(), "--json", "--as-of=2022-04-01").out());
        JsonNode late = JSON.readTree(CliRun.of("stats", "--db", db.toString(), "--json", "--as-of=2022-04-11").out());
        assertThat(late.at("/warnings/0/days_left").asInt()).isEqualTo(early.at("/warnings/0/days_left").asInt() - 10);
    }

    @Test
    void reportWritesThePdfAndTheWorkbook() throws Exception {
        Path pdf = dir.resolve("汇总.pdf");
        CliRun run = CliRun.of("report", pdf.toString(), "--db", db.toString(), DAY);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("99.31%");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("99.31%", "按牵头部门统计");
        }
        Path xlsx = dir.resolve("汇总.xlsx");
        assertThat(CliRun.of("report", xlsx.toString(), "--db", db.toString(), DAY).code()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    void reportRefusesOtherFormatsAndAFontThatIsNone() throws Exception {
        CliRun doc = CliRun.of("report", dir.resolve("x.doc").toString(), "--db", db.toString());
        assertThat(doc.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(doc.err()).contains("只能生成 .pdf 或 .xlsx");
        Path bad = Files.writeString(dir.resolve("bad.ttf"), "x");
        CliRun font = CliRun.of("report", dir.resolve("x.pdf").toString(), "--db", db.toString(), "--font",
                bad.toString());
        assertThat(font.code()).isEqualTo(LedgerCli.FAILED);
        assertThat(font.err()).contains("bad.ttf").contains("fonts-wqy-microhei");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void noticeCountsAsOfADayIsDatedAndKeepsTheContact() throws Exception {
        CliRun first = CliRun.of("notice", "--text", "--db", db.toString(), "--as-of=2022-09-15", "--date=2022-07-28",
                "--phone=89985051", "--email=570484769@qq.com");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("截至2022年9月15日，针对").endsWith("2022年7月28日\n")
                .contains("联系电话：89985051，电子邮箱：570484769@qq.com。");
        CliRun again = CliRun.of("notice", "--text", "--db", db.toString(), "--as-of=2022-09-15");
        assertThat(again.out()).contains("联系电话：89985051，电子邮箱：570484769@qq.com。");
    }

    @Test
    void noticeAsTextAsDocxAndChecked() throws Exception {
        CliRun text = CliRun.of("notice", "--text", "--db", db.toString(), DAY);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("中共市民政局党组关于巡察整改落实情况的通报\n")
                .contains("已完成整改144条措施（含长期坚持4条），整改完成率99.31%；尚未整改到位1个问题（1条整改措施）。")
                .contains("（一）关于“党组领导核心作用发挥不充分”问题的整改情况。一是").endsWith("2022年7月28日\n");

        Path docx = dir.resolve("通报.docx");
        CliRun word = CliRun.of("notice", docx.toString(), "--db", db.toString(), DAY);
        assertThat(word.code()).as(word.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("整改完成率99.31%"));
        }

        Path draft = Files.writeString(dir.resolve("稿.txt"), text.out().replace("99.31%", "99.13%"),
                StandardCharsets.UTF_8);
        CliRun check = CliRun.of("notice", "--check", draft.toString(), "--db", db.toString(), DAY);
        assertThat(check.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(check.err()).contains("99.13%").contains("99.31%");
        Files.writeString(draft, text.out(), StandardCharsets.UTF_8);
        assertThat(CliRun.of("notice", "--check", draft.toString(), "--db", db.toString(), DAY).out())
                .contains("一致");
        assertThat(CliRun.of("notice", "--db", db.toString()).code()).isEqualTo(LedgerCli.REJECTED);
    }

    @Test
    void theNoticeAndTheSummaryCountTheInspectionsChosenAndNoRecordLinkedToNoProblem() throws Exception {
        long first;
        long second;
        try (LedgerStore store = LedgerStore.open(db)) {
            first = store.inspections().all().get(0).id();
            second = store.inspections().add(Inspection.draft("2023年常规巡察")).id();
            Problem p = store.inspections().add(new Problem(0, second, null, "(一)", "其他方面", "第二轮反馈的事项不清", "", 0));
            store.inspections().add(MeasureBuilder.under(p.id()).text("第二轮的整改措施").department("办公室")
                    .status(Status.IN_PROGRESS).deadline(Deadline.longTerm()).build());
        }
        String last = CliRun.of("notice", "--text", "--db", db.toString(), DAY).out();
        assertThat(last).as("the last inspection unless told").contains("第二轮反馈的事项不清", "反馈的1个问题")
                .doesNotContain(NoticeLedger.OPEN_PROBLEM).doesNotContain("批评教育");
        String one = CliRun.of("notice", "--text", "--db", db.toString(), DAY, "--inspection", "" + first).out();
        assertThat(one).contains(NoticeLedger.OPEN_PROBLEM, "反馈的29个问题").doesNotContain("第二轮反馈的事项不清")
                .as("the ledger's accountability records are linked to no problem: they belong to no one inspection")
                .doesNotContain("批评教育");
        for (String[] both : new String[][] {{"--inspection", "" + first, "--inspection", "" + second}, {"--all"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("notice", "--text", "--db",
                    db.toString(), DAY));
            args.addAll(java.util.List.of(both));
            String text = CliRun.of(args.toArray(String[]::new)).out();
            assertThat(text).as(String.join(" ", both)).contains(NoticeLedger.OPEN_PROBLEM, "第二轮反馈的事项不清",
                    "反馈的30个问题", "批评教育");
        }
        Path summary = dir.resolve("第二轮.xlsx");
        CliRun report = CliRun.of("report", summary.toString(), "--db", db.toString(), DAY, "--inspection", "" + second);
        assertThat(report.code()).as(report.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(summary.toFile())) {
            String all = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb).getText();
            assertThat(all).contains("反馈问题\t1个", "整改措施\t1条", "问责\t0人").doesNotContain(NoticeLedger.OPEN_MEASURE);
        }
        CliRun missing = CliRun.of("notice", "--text", "--db", db.toString(), DAY, "--inspection", "999");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("999");
    }
}
