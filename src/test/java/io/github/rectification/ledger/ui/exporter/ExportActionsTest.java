package io.github.rectification.ledger.ui.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportActionsTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    final TestDialogs dialogs = new TestDialogs();
    final List<BackgroundTask<?>> shownProgress = new ArrayList<>();
    final List<Double> progress = new ArrayList<>();
    Path remembered;
    ExportActions actions;

    @BeforeEach
    void setUp() throws Exception {
        Path ledger = dir.resolve("seed.zgtz");
        SeedLedger.create(ledger).close();
        session.open(ledger);
        actions = new ExportActions(session, dialogs, new CurrentThreadTaskExecutor(), () -> null,
                d -> remembered = d, task -> {
                    shownProgress.add(task);
                    task.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
                });
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void exportsTheOpenLedgerWhereTheUserChoseAndSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        dialogs.chosenFile = dir.resolve("out").resolve("台账");
        actions.export();
        Path written = dir.resolve("out").resolve("台账.xlsx");
        assertThat(written).isRegularFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(written.toFile())) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(SeedLedger.INSPECTION_NAME);
        }
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().contains("已导出 1 个巡察、14 个问题、38 条整改措施")
                .contains(written.toString());
        assertThat(shownProgress).hasSize(1);
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(remembered).isEqualTo(dir.resolve("out"));
    }

    @Test
    void nothingHappensWhenTheUserCancelsTheChooser() {
        dialogs.chosenFile = null;
        actions.export();
        assertThat(shownProgress).isEmpty();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aCancelledExportWritesNothingAndSaysNothing() throws Exception {
        actions = new ExportActions(session, dialogs, new CurrentThreadTaskExecutor(), () -> null, d -> remembered = d,
                BackgroundTask::cancel);
        Path target = dir.resolve("cancelled.xlsx");
        actions.export(target);
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("xlsx"));
        }
        assertThat(dialogs.shown).isEmpty();
        assertThat(remembered).isNull();
    }

    @Test
    void aFailureIsShownWithTheTargetFile() throws Exception {
        Path notADirectory = dir.resolve("plain.txt");
        Files.writeString(notADirectory, "x");
        Path target = notADirectory.resolve("out.xlsx");
        actions.export(target);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.shown).singleElement().asString().contains("无法导出到").contains(target.toString());
    }

    @Test
    void theChooserSuggestsTheLedgersNameAndTheDayOutsideTheDataFolder() {
        dialogs.chosenFile = null;
        actions.export();
        assertThat(dialogs.lastFileDialog.initialFileName()).isEqualTo("seed-" + java.time.LocalDate.now() + ".xlsx");
        assertThat(dialogs.lastFileDialog.initialDirectory()).isNotEqualTo(dir);
    }

    @Test
    void withoutAnOpenLedgerThereIsNothingToExport() {
        session.close();
        LedgerSession none = new LedgerSession();
        ExportActions idle = new ExportActions(none, dialogs, new CurrentThreadTaskExecutor(), () -> null, d -> { },
                shownProgress::add);
        dialogs.chosenFile = dir.resolve("x.xlsx");
        idle.export();
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
        assertThat(shownProgress).isEmpty();
    }
}
