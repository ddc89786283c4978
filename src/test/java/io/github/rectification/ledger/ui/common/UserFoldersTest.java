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
}
