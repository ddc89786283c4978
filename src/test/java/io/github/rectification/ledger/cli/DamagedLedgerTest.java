package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code stats} and {@code check} run the file's integrity check alongside their counting: a damaged
 * file is refused and nothing counted from it is printed, whether or not a count met the damaged page.
 */
class DamagedLedgerTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"measure", "history", "problem"})
    void nothingIsPrintedFromADamagedLedger(String table) throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        SeedLedger.create(ledger).close();
        long root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'")) {
            root = rs.getLong(1);
        }
        byte[] garbage = new byte[4096];
        new Random(root).nextBytes(garbage);
        try (FileChannel ch = FileChannel.open(ledger, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(garbage), (root - 1) * 4096);
        }
        for (String[] args : new String[][] {{"stats"}, {"stats", "--json"}, {"check"}, {"check", "--json"}}) {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--db";
            all[args.length + 1] = ledger.toString();
            CliRun run = CliRun.of(all);
            assertThat(run.code()).as(String.join(" ", args)).isNotZero();
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(Files.exists(ledger)).isTrue();
    }
}
