package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.RecordKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationBackupTest {
    @TempDir
    Path dir;

    @Test
    void anOlderLedgerIsBackedUpBeforeItIsMigrated() throws Exception {
        Path file = dir.resolve("old.zgtz");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 1);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO inspection (uid, name) VALUES ('u1', '旧台账的巡察')");
            }
        }
        try (LedgerStore s = LedgerStore.open(file)) {
            assertThat(s.schemaVersion()).isEqualTo(LedgerStore.supportedSchemaVersion());
            assertThat(s.inspections().all()).extracting(i -> i.name()).containsExactly("旧台账的巡察");
        }
        List<Backup> backups = Backups.forLedger(file).list();
        Backup migration = backups.stream().filter(b -> b.kind() == BackupKind.MIGRATION).findFirst().orElseThrow();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + migration.file());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        try (LedgerStore backup = LedgerStore.openReadOnly(migration.file())) {
            assertThat(backup.inspections().all()).hasSize(1);
            assertThat(backup.history().history(RecordKind.INSPECTION, backup.inspections().all().get(0).id())).isEmpty();
        }
    }
}
