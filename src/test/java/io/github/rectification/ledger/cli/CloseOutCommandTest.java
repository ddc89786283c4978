package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloseOutCommandTest {
    @TempDir
    Path dir;
    Path ledger;
    long inspection;
    String doneA;
    String doneB;
    String doneC;
    String inProgress;

    @BeforeEach
    void ledger() throws Exception {
        ledger = dir.resolve("台账.zgtz");
        try (LedgerStore store = SeedLedger.create(ledger)) {
            List<Measure> done = store.inspections().snapshot().measures().stream().filter(m -> m.status() == Status.DONE).toList();
            doneA = store.history().uidOf(RecordKind.MEASURE, done.get(0).id());
            doneB = store.history().uidOf(RecordKind.MEASURE, done.get(1).id());
            doneC = store.history().uidOf(RecordKind.MEASURE, done.get(2).id());
            Measure open = store.inspections().snapshot().measures().stream().filter(m -> m.status() == Status.IN_PROGRESS)
                    .findFirst().orElseThrow();
            inProgress = store.history().uidOf(RecordKind.MEASURE, open.id());
            inspection = store.inspections().all().get(0).id();
            store.evidence().attach(EvidenceOwner.measure(doneC), List.of(Files.writeString(dir.resolve("会议记录.pdf"), "x")));
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = ledger.toString();
        return CliRun.of(all);
    }

    private static CloseOutState state(LedgerStore store, String uid) {
        return store.closeOut().of(uid).state();
    }

    @Test
    void eachStepKeepsItsRulesAndARefusalChangesNothing() throws Exception {
        CliRun notDone = run("closeout", "request", "--measure", inProgress, "--note", "推进中");
        assertThat(notDone.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(notDone.err()).contains("已完成");

        assertThat(run("closeout", "request", "--measure", doneA, "--note", "已整改到位").code()).isZero();
        CliRun noEvidence = run("closeout", "approve", "--measure", doneA, "--opinion", "同意");
        assertThat(noEvidence.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(noEvidence.err()).contains("佐证材料");
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(state(store, doneA)).isEqualTo(CloseOutState.REQUESTED);
            assertThat(state(store, inProgress)).isEqualTo(CloseOutState.NOT_REQUESTED);
        }
        CliRun overridden = run("closeout", "approve", "--measure", doneA, "--opinion", "同意",
                "--override", "涉密材料已线下核验", "--json");
        assertThat(overridden.code()).as(overridden.err()).isZero();
        assertThat(new ObjectMapper().readTree(overridden.out()).get("state").asText()).isEqualTo("closed");

        assertThat(run("closeout", "request", "--measure", doneC, "--note", "已建立制度").code()).isZero();
        assertThat(run("closeout", "approve", "--measure", doneC).code()).as("with evidence").isZero();

        assertThat(run("closeout", "request", "--measure", doneB, "--note", "已完成").code()).isZero();
        assertThat(run("closeout", "reject", "--measure", doneB, "--opinion", "佐证材料不全").code()).isZero();
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(state(store, doneA)).isEqualTo(CloseOutState.CLOSED);
            assertThat(store.closeOut().of(doneA).override()).isEqualTo("涉密材料已线下核验");
            assertThat(state(store, doneC)).isEqualTo(CloseOutState.CLOSED);
            assertThat(state(store, doneB)).isEqualTo(CloseOutState.RETURNED);
            long b = store.history().idOfUid(RecordKind.MEASURE, doneB).orElseThrow();
            assertThat(store.inspections().measure(b).orElseThrow().status()).as("sent back").isEqualTo(Status.IN_PROGRESS);
            List<HistoryEntry> history = store.history().history(RecordKind.MEASURE, b);
            assertThat(history).filteredOn(h -> "closeout".equals(h.field())).extracting(HistoryEntry::newValue)
                    .containsExactly("待销号：已完成", "退回：佐证材料不全");
            assertThat(history).filteredOn(h -> "status".equals(h.field())).isNotEmpty();
        }
        assertThat(run("closeout", "approve", "--measure", "no-such").code()).isEqualTo(LedgerCli.REJECTED);
    }

    @Test
    void theRegisterListsEveryMeasureWithItsCloseOutInExcelAndPdf() throws Exception {
        run("closeout", "request", "--measure", doneC, "--note", "已建立制度");
        run("closeout", "approve", "--measure", doneC, "--opinion", "同意销号");
        Path xlsx = dir.resolve("对账销号表.xlsx");
        CliRun written = run("closeout", "register", xlsx.toString(), "--inspection", Long.toString(inspection),
                "--as-of", "2022-07-28");
        assertThat(written.code()).as(written.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(s.getRow(1).getCell(0))).startsWith("截至2022年7月28日，共" + SeedLedger.MEASURES
                    + "条整改措施，已销号1条");
            assertThat(s.getLastRowNum()).isEqualTo(2 + SeedLedger.MEASURES);
            int closedRows = 0;
            for (int r = 3; r <= s.getLastRowNum(); r++) {
                if (f.formatCellValue(s.getRow(r).getCell(8)).equals("是")) {
                    closedRows++;
                    assertThat(f.formatCellValue(s.getRow(r).getCell(6))).isEqualTo("会议记录.pdf");
                    assertThat(f.formatCellValue(s.getRow(r).getCell(7))).isEqualTo("同意销号");
                }
            }
            assertThat(closedRows).isEqualTo(1);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getRepeatingRows()).isNotNull();
        }
        Path pdf = dir.resolve("对账销号表.pdf");
        assertThat(run("closeout", "register", pdf.toString(), "--inspection", Long.toString(inspection)).code()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("对账销号表", "是否销号", "会议记录.pdf", "同意销号");
        }
    }

    @Test
    void statsUnderTheCloseOutRuleCountsOnlyTheMeasuresStruckOff() throws Exception {
        try (LedgerStore store = LedgerStore.open(ledger)) {
            store.settings().setCountingRule(store.settings().countingRule().withDoneWhen(
                    io.github.rectification.ledger.domain.CountingRule.DoneWhen.CLOSED));
        }
        com.fasterxml.jackson.databind.JsonNode none = new ObjectMapper().readTree(
                run("stats", "--json", "--today=2022-07-28").out());
        assertThat(none.get("completion_rate").asText()).isEqualTo("0.00%");

        assertThat(run("closeout", "request", "--measure", doneA, "--note", "已整改到位").code()).isZero();
        assertThat(run("closeout", "approve", "--measure", doneA, "--override", "涉密材料已线下核验").code()).isZero();
        assertThat(run("closeout", "request", "--measure", doneC, "--note", "已整改到位").code()).isZero();
        assertThat(run("closeout", "approve", "--measure", doneC, "--opinion", "同意").code()).isZero();
        // requested, not yet struck off: does not count
        assertThat(run("closeout", "request", "--measure", doneB, "--note", "已整改到位").code()).isZero();

        CliRun stats = run("stats", "--json", "--today=2022-07-28");
        assertThat(stats.code()).as(stats.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode o = new ObjectMapper().readTree(stats.out());
        assertThat(o.get("completion_rate").asText()).isEqualTo("5.26%"); // 2 of 38
        assertThat(o.at("/status/done").asInt()).isEqualTo(37);
        assertThat(o.at("/counting_rule/done_when").asText()).isEqualTo("closed");
        assertThat(o.at("/counting_rule/counted_done").asInt()).isEqualTo(2);
        assertThat(o.at("/counting_rule/text").asText()).isEqualTo("按整改措施计算，以销号为准计为已完成（已完成未销号的不计），"
                + "长期坚持计为已完成（含长期坚持0条，无需销号），保留两位小数、四舍五入");
        assertThat(run("stats", "--today=2022-07-28").out())
                .contains("整改完成率 5.26%（按整改措施计算，以销号为准计为已完成（已完成未销号的不计），");

        try (LedgerStore store = LedgerStore.open(ledger)) {
            store.settings().setCountingRule(store.settings().countingRule().withDoneWhen(
                    io.github.rectification.ledger.domain.CountingRule.DoneWhen.STATUS));
        }
        com.fasterxml.jackson.databind.JsonNode byStatus = new ObjectMapper().readTree(
                run("stats", "--json", "--today=2022-07-28").out());
        assertThat(byStatus.get("completion_rate").asText()).isEqualTo("97.37%");
        assertThat(byStatus.at("/counting_rule/done_when").asText()).isEqualTo("status");
        assertThat(byStatus.at("/counting_rule/counted_done").asInt()).isEqualTo(37);
        assertThat(byStatus.at("/counting_rule/text").asText()).doesNotContain("销号");
    }
}
