package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.EvidenceOwner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger of the second schema, read without migrating it, has no evidence, close-outs, rounds or directory. */
class OlderSchemaReadTest {
    @TempDir
    Path dir;

    @Test
    void whatLaterSchemasAddedReadsAsEmptyInALedgerThatIsNotMigrated() throws Exception {
        Path file = dir.resolve("old.zgtz");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 2);
        }
        try (LedgerStore store = LedgerStore.openReadOnly(file)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(store.evidence().all()).isEmpty();
            assertThat(store.evidence().of(EvidenceOwner.measure("x"))).isEmpty();
            assertThat(store.closeOut().all()).isEmpty();
            assertThat(store.closeOut().of("x").state()).isEqualTo(io.github.rectification.ledger.domain.CloseOutState.NOT_REQUESTED);
            assertThat(store.followUp().roundsOf(1)).isEmpty();
            assertThat(store.directory().all()).isEmpty();
        }
    }
}
