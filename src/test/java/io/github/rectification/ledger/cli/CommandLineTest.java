package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void initCreatesALedgerThatStatsAndDumpRead() throws Exception {
        Path file = dir.resolve("sub/new.zgtz");
        CliRun init = CliRun.of("init", "--db", file.toString());
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("已创建台账").contains(file.getFileName().toString());
        assertThat(file).exists();

        CliRun stats = CliRun.of("stats", "--db", file.toString(), "--json");
        assertThat(stats.code()).isZero();
        assertThat(stats.out().strip()).startsWith("{\"inspections\":0,\"problems\":0,\"measures\":0,"
                + "\"status\":{\"done\":0,\"in_progress\":0,\"long_term\":0,\"not_started\":0},"
                + "\"completion_rate\":\"0.00%\",\"problems_unfinished\":0,\"measures_unfinished\":0,\"overdue\":0,"
                + "\"accountability\":{\"persons\":0,\"by_kind\":{}},"
                + "\"institutions\":{\"total\":0,\"new\":0,\"revised\":0},\"counting_rule\":");

        CliRun dump = CliRun.of("dump", "--db", file.toString(), "--json");
        assertThat(dump.code()).isZero();
        assertThat(dump.out().strip()).isEqualTo("{\"inspections\":[],\"accountability\":[],\"institutions\":[]}");
    }

    @Test
    void initLeavesAnExistingLedgerAsItIs() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        CliRun init = CliRun.of("init", "--db", file.toString());
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("台账已存在");
        JsonNode stats = JSON.readTree(CliRun.of("stats", "--db", file.toString(), "--json").out());
        assertThat(stats.get("measures").asInt()).isEqualTo(SeedLedger.MEASURES);
    }

    @Test
    void statsOfTheSeedLedger() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        try (LedgerStore store = SeedLedger.create(file)) {
            store.registers().add(new AccountabilityRecord(0, "张某", "科员", "批评教育", null, null));
            store.registers().add(new AccountabilityRecord(0, "李某", "副处长", "提醒谈话", null, LocalDate.of(2022, 3, 1)));
            store.registers().add(new AccountabilityRecord(0, "王某", "科员", "提醒谈话", null, null));
            store.registers().add(new InstitutionRecord(0, "《温州市民政局关于进一步完善党组会和局长办公会议议事规则的通知》",
                    "温民办〔2022〕27号", InstitutionKind.REVISED, LocalDate.of(2022, 3, 10), null, null));
            store.registers().add(new InstitutionRecord(0, "《温州市民政局建设工程实施管理办法》", "温民基建〔2022〕28号",
                    InstitutionKind.NEW, LocalDate.of(2022, 3, 11), null, null));
        }
        CliRun run = CliRun.of("stats", "--db", file.toString(), "--json", "--today=2022-07-28");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).startsWith("{\"inspections\":1,\"problems\":14,\"measures\":38,"
                + "\"status\":{\"done\":37,\"in_progress\":1,\"long_term\":0,\"not_started\":0},"
                + "\"completion_rate\":\"97.37%\",\"problems_unfinished\":1,\"measures_unfinished\":1,\"overdue\":0,"
                + "\"accountability\":{\"persons\":3,\"by_kind\":{\"批评教育\":1,\"提醒谈话\":2}},"
                + "\"institutions\":{\"total\":2,\"new\":1,\"revised\":1},\"counting_rule\":");

        JsonNode later = JSON.readTree(CliRun.of("stats", "--db", file.toString(), "--json", "--today=2023-01-01").out());
        assertThat(later.get("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void statsWithoutJsonIsAChineseSummary() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        CliRun run = CliRun.of("stats", "--db", file.toString(), "--today", "2023-01-01");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("巡察 1 次,问题 14 个,整改措施 38 条")
                .contains("已完成 37 条,正在推进 1 条,长期坚持 0 条,未启动 0 条")
                .contains("整改完成率 97.37%（按整改措施计算，长期坚持计为已完成（含长期坚持0条），保留两位小数、四舍五入）")
                .contains("逾期措施 1 条(截至 2023-01-01)");
    }

    @Test
    void statsCountsWithTheLedgersRule() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        try (LedgerStore store = SeedLedger.create(file)) {
            store.settings().setCountingRule(new io.github.rectification.ledger.domain.CountingRule(
                    io.github.rectification.ledger.domain.CountingRule.Basis.PROBLEMS, true));
        }
        JsonNode stats = JSON.readTree(CliRun.of("stats", "--db", file.toString(), "--json").out());
        assertThat(stats.get("completion_rate").asText()).isEqualTo("92.86%"); // 13 of 14 problems
    }

    @Test
    void missingFileIsRefusedAndNotCreated() {
        Path file = dir.resolve("missing.zgtz");
        for (String command : new String[] {"stats", "dump"}) {
            CliRun run = CliRun.of(command, "--db", file.toString(), "--json");
            assertThat(run.code()).as(command).isEqualTo(LedgerCli.REJECTED);
            assertThat(run.err()).contains("missing.zgtz").contains("文件不存在");
            assertThat(run.out()).isEmpty();
            assertThat(file).doesNotExist();
            assertThat(dir.resolve("missing.zgtz-wal")).doesNotExist();
            assertThat(dir.resolve("missing.zgtz.lock")).doesNotExist();
        }
    }

    @Test
    void statsAndDumpReadALedgerThatIsOpenForWriting() throws Exception {
        Path file = dir.resolve("open.zgtz");
        try (LedgerStore window = SeedLedger.create(file)) {
            CliRun stats = CliRun.of("stats", "--db", file.toString(), "--json");
            assertThat(stats.code()).as(stats.err()).isZero();
            assertThat(JSON.readTree(stats.out()).get("measures").asInt()).isEqualTo(SeedLedger.MEASURES);
            assertThat(CliRun.of("dump", "--db", file.toString(), "--json").code()).isZero();
            assertThat(window.readOnly()).isFalse();
        }
    }

    @Test
    void anEmptyFileIsRefusedAndLeftEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.zgtz"));
        CliRun run = CliRun.of("stats", "--db", file.toString());
        assertThat(run.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(run.err()).contains("文件为空");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aTextFileIsRefusedUnchanged() throws Exception {
        Path file = dir.resolve("notes.zgtz");
        Files.writeString(file, "这不是台账\n", StandardCharsets.UTF_8);
        String before = sha256(file);
        for (String command : new String[] {"stats", "dump", "init"}) {
            CliRun run = CliRun.of(command, "--db", file.toString());
            assertThat(run.code()).as(command).isEqualTo(LedgerCli.REJECTED);
            assertThat(run.err()).contains("notes.zgtz").contains("不是台账文件");
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anotherSqliteDatabaseIsRefusedUnchanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
            st.execute("INSERT INTO contacts VALUES ('张三')");
        }
        String before = sha256(file);
        CliRun run = CliRun.of("dump", "--db", file.toString(), "--json");
        assertThat(run.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(run.err()).contains("其他程序的 SQLite 数据库");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aNewerLedgerIsRefused() throws Exception {
        Path file = dir.resolve("newer.zgtz");
        LedgerStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (LedgerStore.supportedSchemaVersion() + 1));
        }
        CliRun run = CliRun.of("stats", "--db", file.toString(), "--json");
        assertThat(run.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(run.err()).contains("更新版本");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun badOption = CliRun.of("stats", "--db", dir.resolve("x.zgtz").toString(), "--frobnicate");
        assertThat(badOption.code()).isEqualTo(LedgerCli.USAGE);
        assertThat(badOption.err()).contains("--frobnicate");
        assertThat(CliRun.of("stats").code()).isEqualTo(LedgerCli.USAGE);
        assertThat(CliRun.of("frobnicate", "--now").code()).isEqualTo(LedgerCli.USAGE);
        assertThat(CliRun.of("stats", "--db", "x.zgtz", "--today", "not-a-date").code()).isEqualTo(LedgerCli.USAGE);
        assertThat(dir.resolve("x.zgtz")).doesNotExist();
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init").contains("stats").contains("dump");
        CliRun version = CliRun.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("rectification-ledger");
    }

    @Test
    void commandsAreRecognisedAsCommandLine() {
        assertThat(LedgerCli.isCommandLine(new String[] {"stats", "--db", "a"})).isTrue();
        assertThat(LedgerCli.isCommandLine(new String[] {"--help"})).isTrue();
        assertThat(LedgerCli.isCommandLine(new String[] {"ledger.zgtz"})).isFalse();
        assertThat(LedgerCli.isCommandLine(new String[] {})).isFalse();
        assertThat(LedgerCli.COMMANDS).hasSize(16);
        for (Class<?> command : LedgerCli.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(LedgerCli.isCommandLine(new String[] {name})).as(name).isTrue();
        }
    }

    @Test
    void aRunBuildsTheCommandItNamesAndTheHelpListsThemAll() {
        assertThat(LedgerCli.commandsFor(new String[] {"stats", "--db", "a"})).containsExactly(StatsCommand.class);
        assertThat(LedgerCli.commandsFor(new String[] {"--help"})).isEqualTo(LedgerCli.COMMANDS);
        assertThat(LedgerCli.commandsFor(new String[] {"help", "stats"})).isEqualTo(LedgerCli.COMMANDS);
        assertThat(LedgerCli.commandsFor(new String[] {"frobnicate"})).isEqualTo(LedgerCli.COMMANDS);
        CliRun help = CliRun.of("--help");
        CliRun unknown = CliRun.of("frobnicate");
        for (Class<?> command : LedgerCli.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(help.out()).as(name).containsPattern("(?m)^\\s+" + name + "\\s");
            assertThat(unknown.err()).as(name).containsPattern("(?m)^\\s+" + name + "\\s");
        }
        CliRun stats = CliRun.of("stats", "--help");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("rectification-ledger stats", "--json");
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
