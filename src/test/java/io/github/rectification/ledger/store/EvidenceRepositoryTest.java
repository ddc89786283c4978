package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceRepositoryTest {
    @TempDir
    Path dir;

    private static long count(Path ledger, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path file(String name, int size, long seed) throws Exception {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void attachedFilesComeBackWholeAndTheSameContentIsStoredOnce() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        Path big = file("会议纪要.pdf", 2 * SqliteEvidence.CHUNK + 12345, 1);
        Path copy = Files.copy(big, dir.resolve("会议纪要-副本.pdf"));
        Path small = file("照片.jpg", 10, 2);
        try (LedgerStore store = SeedLedger.create(ledger)) {
            Measure first = store.inspections().snapshot().measures().get(0);
            Measure second = store.inspections().snapshot().measures().get(1);
            EvidenceOwner a = EvidenceOwner.measure(store.history().uidOf(RecordKind.MEASURE, first.id()));
            EvidenceOwner b = EvidenceOwner.measure(store.history().uidOf(RecordKind.MEASURE, second.id()));
            List<Evidence> added = store.evidence().attach(a, List.of(big, small));
            store.evidence().attach(b, List.of(copy));

            assertThat(added).extracting(Evidence::name).containsExactly("会议纪要.pdf", "照片.jpg");
            assertThat(added.get(0).sha256()).isEqualTo(sha256(big));
            assertThat(added.get(0).size()).isEqualTo(Files.size(big));
            assertThat(added.get(0).addedBy()).isEqualTo(store.author());
            assertThat(store.evidence().of(a)).isEqualTo(added);
            assertThat(store.evidence().of(b)).singleElement().extracting(Evidence::sha256).isEqualTo(sha256(big));
            assertThat(store.evidence().all()).hasSize(3);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.evidence().copyContent(store.evidence().of(b).get(0), out);
            assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(big));
        }
        assertThat(count(ledger, "SELECT count(*) FROM evidence_content")).isEqualTo(2);
        assertThat(count(ledger, "SELECT count(*) FROM evidence_chunk")).isEqualTo(3 + 1);
        assertThat(count(ledger, "SELECT count(*) FROM history WHERE table_name = 'evidence' AND action = 'add'"))
                .isEqualTo(3);
    }

    @Test
    void aRefusedFileWritesNothingAndNamesTheFile() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        Path ok = file("ok.pdf", 100, 3);
        Path large = file("大文件.zip", 2000, 4);
        try (LedgerStore store = SeedLedger.create(ledger)) {
            EvidenceOwner owner = EvidenceOwner.measure(store.history().uidOf(RecordKind.MEASURE, store.inspections().snapshot().measures().get(0).id()));
            store.evidence().setLimit(1000);
            assertThatThrownBy(() -> store.evidence().attach(owner, List.of(ok, large)))
                    .isInstanceOf(EvidenceRefusedException.class).hasMessageContaining(large.toString())
                    .hasMessageContaining("上限");
            assertThatThrownBy(() -> store.evidence().attach(owner, List.of(ok, dir.resolve("没有.pdf"))))
                    .isInstanceOf(EvidenceRefusedException.class).hasMessageContaining("没有.pdf");
            assertThatThrownBy(() -> store.evidence().attach(EvidenceOwner.measure("no-such-uid"), List.of(ok)))
                    .isInstanceOf(EvidenceRefusedException.class).hasMessageContaining("no-such-uid");
            assertThat(store.evidence().all()).isEmpty();
        }
        assertThat(count(ledger, "SELECT count(*) FROM evidence_content")).isZero();
        assertThat(count(ledger, "SELECT count(*) FROM evidence_chunk")).isZero();
    }

    @Test
    void aRemovedAttachmentIsRestoredWithItsIdAndSurvivesTheDeleteAndUndoOfItsMeasure() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("l.zgtz"))) {
            Measure m = store.inspections().snapshot().measures().get(0);
            EvidenceOwner owner = EvidenceOwner.measure(store.history().uidOf(RecordKind.MEASURE, m.id()));
            Evidence e = store.evidence().attach(owner, List.of(file("a.pdf", 50, 5))).get(0);

            Evidence removed = store.evidence().remove(e.uid());
            assertThat(store.evidence().of(owner)).isEmpty();
            store.evidence().restore(removed);
            assertThat(store.evidence().of(owner)).containsExactly(e);

            Removed gone = store.inspections().removeMeasure(m.id());
            assertThat(store.evidence().all()).isEmpty();
            store.inspections().restore(gone);
            assertThat(store.evidence().of(owner)).containsExactly(e);
        }
    }

    @Test
    void aSaveAsCopyKeepsTheEvidence() throws Exception {
        Path copy = dir.resolve("副本.zgtz");
        Path f = file("a.pdf", SqliteEvidence.CHUNK + 1, 6);
        try (LedgerStore store = SeedLedger.create(dir.resolve("l.zgtz"))) {
            EvidenceOwner owner = EvidenceOwner.measure(store.history().uidOf(RecordKind.MEASURE, store.inspections().snapshot().measures().get(0).id()));
            store.evidence().attach(owner, List.of(f));
            store.saveCopy(copy);
        }
        try (LedgerStore store = LedgerStore.openReadOnly(copy)) {
            Evidence e = store.evidence().all().get(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.evidence().copyContent(e, out);
            assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(f));
        }
    }

    /** Opening does not read the evidence's content, but a damaged ledger table is still refused. */
    @Test
    void aDamagedTableIsRefusedOnOpenAndDamagedContentWhenItIsRead() throws Exception {
        Path ledger = dir.resolve("l.zgtz");
        Path f = file("a.pdf", 3 * SqliteEvidence.CHUNK, 8);
        Evidence e;
        try (LedgerStore store = SeedLedger.create(ledger)) {
            EvidenceOwner owner = EvidenceOwner.measure(store.history().uidOf(RecordKind.MEASURE, store.inspections().snapshot().measures().get(0).id()));
            e = store.evidence().attach(owner, List.of(f)).get(0);
        }
        Path damagedContent = Files.copy(ledger, dir.resolve("content.zgtz"));
        Path damagedTable = Files.copy(ledger, dir.resolve("table.zgtz"));
        // a page in the middle of the content's overflow chain, and the root page of the measures
        overwrite(damagedContent, Files.size(ledger) / 4096 - SqliteEvidence.CHUNK / 4096);
        overwrite(damagedTable, count(ledger, "SELECT rootpage FROM sqlite_schema WHERE name = 'measure'") - 1);

        assertThatThrownBy(() -> LedgerStore.openReadOnly(damagedTable)).isInstanceOfSatisfying(LedgerFileException.class,
                x -> assertThat(x.reason()).isEqualTo(LedgerFileException.Reason.DAMAGED));
        try (LedgerStore store = LedgerStore.openReadOnly(damagedContent)) {
            assertThatThrownBy(() -> store.evidence().copyContent(e, java.io.OutputStream.nullOutputStream()))
                    .hasMessageContaining("a.pdf");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE seq = 1");
        }
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThatThrownBy(() -> store.evidence().copyContent(e, java.io.OutputStream.nullOutputStream()))
                    .as("content that SQLite reads but is not what was attached").hasMessageContaining("a.pdf");
        }
    }

    private static void overwrite(Path file, long page) throws Exception {
        byte[] garbage = new byte[4096];
        new Random(page).nextBytes(garbage);
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(garbage), page * 4096);
        }
    }
}
