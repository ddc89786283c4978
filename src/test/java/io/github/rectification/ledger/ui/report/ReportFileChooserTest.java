package io.github.rectification.ledger.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.report.pdf.PdfPageImages;
import io.github.rectification.ledger.report.table.PrintedTable;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary's file chooser filters its own kind of file and suggests the ledger's name and the day
 * counted; a printed table longer than the preview is saved as PDF, whole, under the ledger's name.
 */
class ReportFileChooserTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    final TestDialogs dialogs = new TestDialogs();
    ReportActions actions;

    @BeforeEach
    void setUp() throws Exception {
        Path ledger = dir.resolve("民政局台账.zgtz");
        SeedLedger.create(ledger).close();
        session.open(ledger);
        actions = new ReportActions(null, session, new CurrentThreadTaskExecutor(), dialogs, () -> DAY,
                new ScopeChoice(session));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void theSummaryPdfIsSuggestedUnderTheLedgersNameAndGetsItsEnding() throws Exception {
        dialogs.chosenFile = dir.resolve("给领导看");
        actions.exportPdf();
        assertThat(dialogs.lastFileDialog.initialFileName()).isEqualTo("民政局台账-整改情况汇总-2026-12-03.pdf");
        assertThat(dialogs.lastFileDialog.extensions()).isEqualTo(List.of("pdf"));
        Path written = dir.resolve("给领导看.pdf");
        assertThat(dialogs.errors).isEmpty();
        assertThat(written).isRegularFile();
        assertThat(Files.readAllBytes(written)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theSummaryWorkbookKeepsAnEndingTyped() throws Exception {
        dialogs.chosenFile = dir.resolve("汇总.XLSX");
        actions.exportExcel();
        assertThat(dialogs.lastFileDialog.initialFileName()).isEqualTo("民政局台账-整改情况汇总-2026-12-03.xlsx");
        assertThat(dialogs.lastFileDialog.extensions()).isEqualTo(List.of("xlsx"));
        assertThat(dir.resolve("汇总.XLSX")).isRegularFile();
        assertThat(dir.resolve("汇总.XLSX.xlsx")).doesNotExist();
    }

    @Test
    void aTableLongerThanThePreviewIsSavedAsPdf() throws Exception {
        List<PrintedTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new PrintedTable.Row(List.of("问题" + i / 10, "措施" + i, "办公室"), i / 10));
        }
        PrintedTable table = new PrintedTable("整改台账（全部巡察）", List.of("筛选：无"), List.of(
                new PrintedTable.Column("存在问题", 200, true), new PrintedTable.Column("整改措施", 260, false),
                new PrintedTable.Column("牵头部门", 90, false)), rows);
        dialogs.chosenFile = dir.resolve("表格");
        actions.printTable(table);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.shown.get(0)).contains("多于预览能显示的 " + ReportActions.PREVIEW_PAGES + " 页");
        assertThat(dialogs.lastFileDialog.initialFileName()).isEqualTo("民政局台账-台账表格-2026-12-03.pdf");
        Path written = dir.resolve("表格.pdf");
        assertThat(PdfPageImages.count(written)).isGreaterThan(ReportActions.PREVIEW_PAGES);
        assertThat(dialogs.shown.get(0)).contains(String.valueOf(PdfPageImages.count(written)));
    }
}
