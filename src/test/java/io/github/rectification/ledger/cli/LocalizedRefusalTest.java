package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Texts;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.ReadOnlyLedgerException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refusal on stderr is in the window's language ({@code ledger.language}) and names the file. */
class LocalizedRefusalTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToTheDefault() {
        System.clearProperty("ledger.language");
    }

    @Test
    void theCommandLineUsesTheWindowsLanguage() {
        System.setProperty("ledger.language", "en");
        assertThat(Texts.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(io.github.rectification.ledger.ui.common.Localization.locale()).isEqualTo(Locale.ENGLISH);
        System.setProperty("ledger.language", "zh");
        assertThat(Texts.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(io.github.rectification.ledger.ui.common.Localization.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aMissingLedgerIsRefusedInEnglishAndInChinese() {
        Path file = dir.resolve("missing.zgtz");
        System.setProperty("ledger.language", "en");
        CliRun en = CliRun.of("stats", "--db", file.toString());
        assertThat(en.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(en.err().strip()).isEqualTo("error: " + file.toAbsolutePath()
                + ": the file does not exist (no file was created; to make a new ledger use init --db " + file + ")");

        System.setProperty("ledger.language", "zh");
        CliRun zh = CliRun.of("stats", "--db", file.toString());
        assertThat(zh.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(zh.err().strip()).isEqualTo("错误：" + file.toAbsolutePath() + "：文件不存在（未创建任何文件；新建台账请用 init --db " + file + "）");
        assertThat(file).doesNotExist();
    }

    @Test
    void theHelpOfTheScopeOptionsIsInTheWindowsLanguage() {
        System.setProperty("ledger.language", "en");
        assertThat(CliRun.of("report", "--help").out()).contains("Count this inspection only", "Count the whole ledger");
        System.setProperty("ledger.language", "zh");
        assertThat(CliRun.of("notice", "--help").out()).contains("只统计这个巡察（可重复给出多个；编号见 dump）",
                "统计整个台账（全部巡察，及未关联问题的问责和制度）");
    }

    /** A workbook refused while it is read names the file, the sheet and the cell, in the window's language. */
    @Test
    void aWorkbookRefusedMidSheetNamesFileSheetAndCellInEitherLanguage() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path beyond = io.github.rectification.ledger.testsupport.HostileWorkbooks.all(files).stream()
                .filter(c -> c.name().equals("column beyond the grid")).findFirst().orElseThrow().file();
        Path ledger = dir.resolve("l.zgtz");
        System.setProperty("ledger.language", "en");
        CliRun en = CliRun.of("import", beyond.toString(), "--db", ledger.toString());
        assertThat(en.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(en.err().strip()).startsWith("error: ").contains(beyond.getFileName().toString())
                .contains(", sheet \"").contains("cell ZZZZZZ6 lies beyond Excel's grid").endsWith("; refused");
        assertThat(en.err().replaceAll("“[^”]*”|\"[^\"]*\"", "")).doesNotContainPattern("[\\u3400-\\u9fff]");

        System.setProperty("ledger.language", "zh");
        CliRun zh = CliRun.of("import", beyond.toString(), "--db", ledger.toString());
        assertThat(zh.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(zh.err().strip()).startsWith("错误：").contains(beyond.getFileName().toString())
                .contains("工作表“").contains("单元格 ZZZZZZ6 超出 Excel 的表格范围").endsWith("，已拒绝导入");
        assertThat(ledger).doesNotExist();
    }

    @Test
    void aTextFileIsRefusedInEitherLanguage() throws Exception {
        Path file = dir.resolve("notes.zgtz");
        Files.writeString(file, "not a ledger, only notes\n".repeat(40), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        System.setProperty("ledger.language", "en");
        CliRun en = CliRun.of("dump", "--db", file.toString());
        assertThat(en.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(en.err()).startsWith("error: ").contains("notes.zgtz").contains("not a ledger file")
                .doesNotContainPattern("[\\u3400-\\u9fff]");
        System.setProperty("ledger.language", "zh");
        CliRun zh = CliRun.of("dump", "--db", file.toString());
        assertThat(zh.err()).startsWith("错误：").contains("notes.zgtz").contains("不是台账文件（");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aWriteToAReadOnlyLedgerIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("l.zgtz");
        try (LedgerStore s = LedgerStore.open(file)) {
            s.inspections().add(Inspection.draft("巡察"));
        }
        try (LedgerStore s = LedgerStore.openReadOnlyUnchecked(file)) {
            System.setProperty("ledger.language", "en");
            assertThatThrownBy(() -> s.inspections().add(Inspection.draft("新"))).isInstanceOf(ReadOnlyLedgerException.class)
                    .hasMessageContaining("l.zgtz").hasMessageEndingWith(
                            ": the ledger is open read-only (another window or program is editing it) and cannot be changed");
            System.setProperty("ledger.language", "zh");
            assertThatThrownBy(() -> s.inspections().add(Inspection.draft("新"))).isInstanceOf(ReadOnlyLedgerException.class)
                    .hasMessageContaining("l.zgtz")
                    .hasMessageEndingWith("：台账以只读方式打开（另一个窗口或程序正在编辑它），不能修改");
        }
    }
}
