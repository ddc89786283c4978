package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.BadWorkbooks;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Samples.Case> cases() {
        return Samples.cases();
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySampleImportsThroughTheCommandLine(Samples.Case c) throws Exception {
        Path db = dir.resolve("cli.zgtz");
        CliRun run = CliRun.of("import", c.file().toString(), "--db", db.toString(), "--json");
        if (c.expect().equals("reject")) {
            assertThat(run.code()).isEqualTo(LedgerCli.REJECTED);
            return;
        }
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        out.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("inspections", "problems", "measures", "added", "updated", "unchanged",
                "warnings", "batch", "department", "conflicts");
        assertThat(out.get("inspections").asInt()).isEqualTo(c.expected().get("inspections").asInt());
        assertThat(out.get("problems").asInt()).isEqualTo(c.expected().get("problems").asInt());
        assertThat(out.get("measures").asInt()).isEqualTo(c.expected().get("measures").asInt());
        assertThat(out.get("updated").asInt()).isZero();
        assertThat(out.get("unchanged").asInt()).isZero();
        try (LedgerStore store = LedgerStore.openReadOnly(db)) {
            Ledger ledger = store.inspections().snapshot();
            List<String> sheets = new ArrayList<>();
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(c.file().toFile(), null, true)) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    sheets.add(wb.getSheetName(i));
                }
            }
            Samples.check(c, ledger, Samples.sheetsInOrder(ledger, sheets));
        }
    }

    @Test
    void dryRunShowsTheFiguresAndWritesNothing() throws Exception {
        Path db = dir.resolve("office.zgtz");
        SeedLedger.create(db).close();
        String before = sha256(db);
        CliRun run = CliRun.of("import", Samples.dir().resolve("synthetic-500.xlsx").toString(), "--db", db.toString(),
                "--dry-run", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("measures").asInt()).isEqualTo(500);
        assertThat(out.get("added").asInt()).isEqualTo(3 + 108 + 500);
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("never.zgtz"))).isFalse();
        CliRun fresh = CliRun.of("import", Samples.dir().resolve("seed-ledger.xlsx").toString(), "--db",
                dir.resolve("never.zgtz").toString(), "--dry-run");
        assertThat(fresh.code()).isZero();
        assertThat(fresh.out()).contains("预览(未写入)").contains("38 条整改措施");
        assertThat(dir.resolve("never.zgtz")).doesNotExist();
    }

    @Test
    void refusedFilesExitThreeAndLeaveTheLedgerAsItWas() throws Exception {
        Path db = dir.resolve("office.zgtz");
        SeedLedger.create(db).close();
        Path seed = Samples.dir().resolve("seed-ledger.xlsx");
        List<Path> bad = List.of(BadWorkbooks.empty(dir), BadWorkbooks.truncated(dir, seed),
                BadWorkbooks.csvRenamed(dir), BadWorkbooks.docxRenamed(dir), BadWorkbooks.noLedger(dir),
                BadWorkbooks.zipBomb(dir, seed, 120));
        for (Path p : bad) {
            String before = sha256(db);
            CliRun run = CliRun.of("import", p.toString(), "--db", db.toString(), "--json");
            assertThat(run.code()).as(p + ": " + run.out()).isEqualTo(LedgerCli.REJECTED);
            assertThat(run.err()).contains(p.getFileName().toString());
            assertThat(run.out()).isEmpty();
            assertThat(sha256(db)).as(p.toString()).isEqualTo(before);
        }
    }

    @Test
    void passwordOptionOpensAnEncryptedWorkbook() throws Exception {
        Path locked = BadWorkbooks.encrypted(dir, Samples.dir().resolve("seed-ledger.xlsx"), "pw-2022");
        Path db = dir.resolve("locked.zgtz");
        CliRun none = CliRun.of("import", locked.toString(), "--db", db.toString());
        assertThat(none.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(none.err()).contains("密码保护").contains("--password");
        CliRun wrong = CliRun.of("import", locked.toString(), "--db", db.toString(), "--password", "nope");
        assertThat(wrong.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(wrong.err()).contains("密码不正确");
        CliRun right = CliRun.of("import", locked.toString(), "--db", db.toString(), "--password", "pw-2022", "--json");
        assertThat(right.code()).as(right.err()).isZero();
        assertThat(JSON.readTree(right.out()).get("measures").asInt()).isEqualTo(38);
    }
}
