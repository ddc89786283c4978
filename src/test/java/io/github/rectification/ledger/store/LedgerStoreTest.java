package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerStoreTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsCreatedWithTheLatestSchema() throws Exception {
        Path file = dir.resolve("new.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(LedgerStore.supportedSchemaVersion());
            assertThat(store.inspections().isEmpty()).isTrue();
            assertThat(store.settings().get(LedgerSettings.LEDGER_UID)).hasSize(32);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(single(st, "PRAGMA user_version")).isEqualTo(String.valueOf(LedgerStore.supportedSchemaVersion()));
            assertThat(single(st, "PRAGMA application_id")).isEqualTo(String.valueOf(0x5A47544C));
            assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
            for (String table : List.of("inspection", "problem", "measure", "accountability", "institution",
                    "ledger_setting")) {
                assertThat(single(st, "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'"))
                        .as(table).isEqualTo("1");
            }
            assertThat(single(st, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%fts%'"))
                    .as("no full-text tables or triggers: search has an index of its own").isEqualTo("0");
        }
    }

    @Test
    void anEmptyExistingFileBecomesALedger() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.zgtz"));
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(LedgerStore.supportedSchemaVersion());
        }
    }

    @Test
    void migrationsRunOneAfterAnotherFromVersionZero() throws Exception {
        Path file = dir.resolve("steps.zgtz");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0);
            try (Statement st = c.createStatement()) {
                assertThat(single(st, "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.latest()));
            }
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            assertThat(store.inspections().inspection(i.id())).isPresent();
        }
    }

    @Test
    void aReopenedFileHoldsWhatWasWritten() throws Exception {
        Path file = dir.resolve("reopen.zgtz");
        Inspection inspection;
        Problem problem;
        Problem sub;
        Measure measure;
        String uid;
        try (LedgerStore store = LedgerStore.open(file)) {
            inspection = store.inspections().add(new Inspection(0, "市委第一巡察组反馈意见", "市民政局党组", "市委第一巡察组",
                    LocalDate.of(2021, 9, 23), LocalDate.of(2021, 11, 30), LocalDate.of(2022, 1, 14),
                    LocalDate.of(2022, 7, 28), 0));
            problem = store.inspections().add(new Problem(0, inspection.id(), null, "(一)", "全面从严治党方面", "党组领导核心作用发挥不充分",
                    "说明", 0));
            sub = store.inspections().add(new Problem(0, inspection.id(), problem.id(), "1.", "", "子问题", "", 0));
            measure = store.inspections().add(MeasureBuilder.under(sub.id()).seq("(1)").text("加强理论武装。").leader("局党组书记、局长")
                    .department("机关党委").supporting(List.of("办公室", "人事处")).person("王五")
                    .deadline(new Deadline(DeadlineKind.DATE, LocalDate.of(2022, 3, 31), "2022年3月底"))
                    .progress("正在推进").remarks("备注").build());
            store.registers().add(new AccountabilityRecord(0, "张某", "科员", "批评教育", problem.id(), LocalDate.of(2022, 3, 1)));
            store.registers().add(new InstitutionRecord(0, "《议事规则》", "温民办〔2022〕27号", InstitutionKind.REVISED,
                    LocalDate.of(2022, 3, 10), problem.id(), measure.id()));
            store.settings().setCountingRule(new CountingRule(CountingRule.Basis.PROBLEMS, false, CountingRule.DoneWhen.CLOSED));
            uid = store.history().uidOf(RecordKind.MEASURE, measure.id());
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(store.inspections().all()).containsExactly(inspection);
            assertThat(store.inspections().problems(inspection.id(), null)).containsExactly(problem);
            assertThat(store.inspections().problems(inspection.id(), problem.id())).containsExactly(sub);
            assertThat(store.inspections().measures(sub.id())).containsExactly(measure);
            assertThat(store.inspections().measure(measure.id()).orElseThrow().supportingDepartments())
                    .containsExactly("办公室", "人事处");
            assertThat(store.registers().accountability()).singleElement()
                    .satisfies(a -> assertThat(a.kind()).isEqualTo("批评教育"));
            assertThat(store.registers().institutions()).singleElement()
                    .satisfies(r -> assertThat(r.docNo()).isEqualTo("温民办〔2022〕27号"));
            assertThat(store.settings().countingRule()).isEqualTo(new CountingRule(CountingRule.Basis.PROBLEMS, false,
                    CountingRule.DoneWhen.CLOSED));
            assertThat(store.settings().holds(LedgerSettings.COUNTING_DONE_WHEN)).isTrue();
            assertThat(store.history().idOfUid(RecordKind.MEASURE, uid)).contains(measure.id());
        }
    }

    @Test
    void aLedgerWithoutTheCloseOutPartOfTheRuleCountsDoneMeasuresByTheirStatus() throws Exception {
        Path file = dir.resolve("older.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(store.settings().countingRule()).isEqualTo(CountingRule.DEFAULT);
            // as a ledger written before the rule had its third part
            store.settings().put(LedgerSettings.COUNTING_BASIS, CountingRule.Basis.PROBLEMS);
            store.settings().put(LedgerSettings.COUNTING_LONG_TERM_DONE, false);
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            assertThat(store.settings().holds(LedgerSettings.COUNTING_DONE_WHEN)).isFalse();
            assertThat(store.settings().countingRule()).isEqualTo(new CountingRule(CountingRule.Basis.PROBLEMS, false,
                    CountingRule.DoneWhen.STATUS));
            store.settings().setCountingRule(store.settings().countingRule().withDoneWhen(CountingRule.DoneWhen.CLOSED));
            assertThat(store.settings().countingRule().basis()).isEqualTo(CountingRule.Basis.PROBLEMS);
            store.settings().setCountingRule(store.settings().countingRule().withDoneWhen(CountingRule.DoneWhen.STATUS));
            assertThat(store.settings().holds(LedgerSettings.COUNTING_DONE_WHEN)).isTrue();
            assertThat(store.settings().get(LedgerSettings.COUNTING_DONE_WHEN)).isEqualTo(CountingRule.DoneWhen.STATUS);
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("fail.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            Inspection kept = store.inspections().add(Inspection.draft("已有巡察"));
            assertThatThrownBy(() -> store.unitOfWork().run(() -> {
                Inspection i = store.inspections().add(Inspection.draft("新巡察"));
                Problem p = store.inspections().add(Problem.draft(i.id(), "问题"));
                store.inspections().add(Measure.draft(p.id(), "措施"));
                store.inspections().update(new Inspection(kept.id(), "改名", "", "", null, null, null, null, kept.order()));
                throw new IllegalStateException("中途失败");
            })).hasMessage("中途失败");
            assertThat(store.inspections().all()).containsExactly(kept);
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            Ledger l = store.inspections().snapshot();
            assertThat(l.inspections()).extracting(Inspection::name).containsExactly("已有巡察");
            assertThat(l.problems()).isEmpty();
            assertThat(l.measures()).isEmpty();
        }
    }

    @Test
    void aRejectedRowFailsItsWriteAndChangesNothing() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("fk.zgtz"))) {
            assertThatThrownBy(() -> store.inspections().add(Measure.draft(42, "没有问题的措施")))
                    .isInstanceOf(StoreException.class);
            assertThat(store.inspections().snapshot().measures()).isEmpty();
        }
    }

    @Test
    void aNewerLedgerIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("newer.zgtz");
        LedgerStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (LedgerStore.supportedSchemaVersion() + 1));
        }
        String before = sha256(file);
        assertThatThrownBy(() -> LedgerStore.open(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.NEWER_SCHEMA);
                    assertThat(e.getMessage()).contains("newer.zgtz").contains("更新版本");
                });
        assertThatThrownBy(() -> LedgerStore.openReadOnly(file)).isInstanceOf(LedgerFileException.class);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anotherSqliteDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("contacts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
            st.execute("INSERT INTO contacts VALUES ('张三', '89985051')");
        }
        String before = sha256(file);
        assertThatThrownBy(() -> LedgerStore.open(file))
                .isInstanceOfSatisfying(LedgerFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.NOT_A_LEDGER));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("contacts.db-wal")).doesNotExist();
    }

    @Test
    void aTextFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.zgtz");
        Files.writeString(file, "序号,问题,措施\n1,问题一,措施一\n", StandardCharsets.UTF_8);
        String before = sha256(file);
        assertThatThrownBy(() -> LedgerStore.open(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LedgerFileException.Reason.NOT_SQLITE);
                    assertThat(e.getMessage()).contains("notes.zgtz").contains("不是台账文件");
                });
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aShortBinaryFileIsRefused() throws Exception {
        Path file = dir.resolve("short.zgtz");
        Files.write(file, new byte[] {'S', 'Q', 'L'});
        String before = sha256(file);
        assertThatThrownBy(() -> LedgerStore.open(file)).isInstanceOf(LedgerFileException.class);
        assertThat(sha256(file)).isEqualTo(before);
    }

    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
