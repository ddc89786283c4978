package io.github.rectification.ledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {
    @TempDir
    Path home;

    @Test
    void choosersStartInTheFolderLastUsedElseInDocuments() throws Exception {
        assertThat(UserFolders.start(null, home)).isEqualTo(home);
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertThat(UserFolders.start(null, home)).isEqualTo(documents);
        assertThat(UserFolders.start(home.resolve("gone"), home)).isEqualTo(documents);
        Path used = Files.createDirectory(home.resolve("报送"));
        assertThat(UserFolders.start(used, home)).isEqualTo(used);
    }

    @Test
    void anExportIsNamedAfterTheLedgerAndTheDay() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(UserFolders.exportName(Path.of("/x/民政局台账.zgtz"), day, "xlsx")).isEqualTo("民政局台账-2026-12-03.xlsx");
        assertThat(UserFolders.exportName(Path.of("/data/ledger.zgtz"), day, "xlsx")).isEqualTo("整改台账-2026-12-03.xlsx");
    }

    @Test
    void aReportIsNamedAfterTheLedgerWhatItIsAndTheDay() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(UserFolders.reportName(Path.of("/x/民政局台账.zgtz"), "整改落实情况通报", day, "docx"))
                .isEqualTo("民政局台账-整改落实情况通报-2026-12-03.docx");
        assertThat(UserFolders.reportName(Path.of("/data/ledger.zgtz"), "整改情况汇总", day, "pdf"))
                .isEqualTo("整改情况汇总-2026-12-03.pdf");
    }

    @Test
    void aFileChoosersEndingsAreReadWithOrWithoutTheirStar() {
        var config = new DialogService.FileDialogConfig("t", null, "PDF", java.util.List.of("*.pdf", ".ttf", "xlsx"), null);
        assertThat(config.extensions()).containsExactly("pdf", "ttf", "xlsx");
    }

    @Test
    void aNameTypedWithoutItsEndingGetsIt() {
        assertThat(UserFolders.withExtension(Path.of("/x/汇总"), "pdf")).isEqualTo(Path.of("/x/汇总.pdf"));
        assertThat(UserFolders.withExtension(Path.of("/x/汇总.PDF"), "pdf")).isEqualTo(Path.of("/x/汇总.PDF"));
    }
}
