package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a ledger file that holds nothing, and that no one else has open, is removed. */
class RemoveIfEmptyTest {
    @TempDir
    Path dir;

    private long filesBeside() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void aNewLedgerThatHoldsNothingGoesWithItsCompanionFiles() throws Exception {
        Path ledger = dir.resolve("新台账.zgtz");
        LedgerStore.open(ledger).close();
        assertThat(filesBeside()).isPositive();

        assertThat(LedgerStore.removeIfEmpty(ledger)).isTrue();

        assertThat(filesBeside()).as("files left beside the ledger").isZero();
    }

    @Test
    void aLedgerWithInspectionsStays() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        SeedLedger.create(ledger).close();

        assertThat(LedgerStore.removeIfEmpty(ledger)).isFalse();

        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(store.inspections().snapshot().measures()).hasSize(SeedLedger.MEASURES);
        }
    }

    @Test
    void aLedgerWithOnlyARegisterRecordStays() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        try (LedgerStore store = LedgerStore.open(ledger)) {
            store.registers().add(new AccountabilityRecord(0, "某某", "科长", "提醒谈话", null, null));
        }

        assertThat(LedgerStore.removeIfEmpty(ledger)).isFalse();

        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(store.registers().accountability()).hasSize(1);
        }
    }

    @Test
    void anEmptyLedgerAnotherHoldsOpenStays() throws Exception {
        Path ledger = dir.resolve("台账.zgtz");
        try (LedgerStore holder = LedgerStore.open(ledger)) {
            assertThat(LedgerStore.removeIfEmpty(ledger)).isFalse();
            assertThat(ledger).isRegularFile();
        }
    }
}
