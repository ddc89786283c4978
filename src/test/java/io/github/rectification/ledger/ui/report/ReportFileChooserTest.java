package io.github.rectification.ledger.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's file chooser filters its own kind of file and suggests the ledger's name and the day counted. */
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
}
