package io.github.rectification.ledger.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedFilesTest {
    @TempDir
    Path dir;

    @Test
    void oneWorkbookIsALedgerToImport() throws Exception {
        Path wb = Files.createFile(dir.resolve("台账.XLSX"));
        assertThat(DroppedFiles.of(List.of(wb))).contains(new DroppedFiles.Workbook(wb));
        Path xls = Files.createFile(dir.resolve("旧台账.xls"));
        assertThat(DroppedFiles.of(List.of(xls))).contains(new DroppedFiles.Workbook(xls));
    }

    @Test
    void aFolderOrSeveralWorkbooksAreReturns() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("报送.xlsx"));
        assertThat(DroppedFiles.of(List.of(folder))).as("a folder, whatever its name")
                .contains(new DroppedFiles.ReturnsFolder(folder));
        Path a = Files.createFile(dir.resolve("办公室.xlsx"));
        Path b = Files.createFile(dir.resolve("财务处.xls"));
        assertThat(DroppedFiles.of(List.of(a, b))).contains(new DroppedFiles.Returns(List.of(a, b)));
    }

    @Test
    void anythingElseOrAMixIsNotTaken() throws Exception {
        Path a = Files.createFile(dir.resolve("办公室.xlsx"));
        Path text = Files.createFile(dir.resolve("说明.docx"));
        Path folder = Files.createDirectory(dir.resolve("报送"));
        assertThat(DroppedFiles.of(List.of())).isEmpty();
        assertThat(DroppedFiles.of(List.of(text))).isEmpty();
        assertThat(DroppedFiles.of(List.of(a, text))).isEmpty();
        assertThat(DroppedFiles.of(List.of(a, folder))).isEmpty();
        assertThat(DroppedFiles.of(List.of(folder, Files.createDirectory(dir.resolve("另一个"))))).isEmpty();
    }
}
