package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.Launcher;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.evidence.PackageIndex;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCommandTest {
    @TempDir
    Path dir;
    Path ledger;
    String measureUid;
    String problemSeq;
    String measureSeq;

    @BeforeEach
    void ledger() throws Exception {
        ledger = dir.resolve("台账.zgtz");
        try (LedgerStore store = SeedLedger.create(ledger)) {
            Measure m = store.inspections().snapshot().measures().get(0);
            Problem p = store.inspections().problem(m.problemId()).orElseThrow();
            measureUid = store.history().uidOf(RecordKind.MEASURE, m.id());
            problemSeq = p.seq();
            measureSeq = m.seq().replaceAll("[. ]+$", ""); // as a file name: no trailing dot
        }
    }

    private Path file(String name, int size) throws Exception {
        byte[] data = new byte[size];
        new Random(name.hashCode()).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    @Test
    void addedFilesAreListedExportedAsAPackageAndVerified() throws Exception {
        Path a = file("整改报告.pdf", 3000);
        Path b = file("现场照片.jpg", 500);
        CliRun add = CliRun.of("evidence", "add", "--db", ledger.toString(), "--measure", measureUid, a.toString(),
                b.toString(), "--json");
        assertThat(add.code()).as(add.err()).isZero();
        JsonNode added = new ObjectMapper().readTree(add.out()).get("added");
        assertThat(added).hasSize(2);

        CliRun list = CliRun.of("evidence", "list", "--db", ledger.toString(), "--measure", measureUid, "--json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode listed = new ObjectMapper().readTree(list.out()).get("evidence");
        assertThat(listed.get(0).get("name").asText()).isEqualTo("整改报告.pdf");
        assertThat(listed.get(0).get("size").asLong()).isEqualTo(3000);
        assertThat(listed.get(1).get("owner_uid").asText()).isEqualTo(measureUid);

        Path folder = dir.resolve("汇编");
        CliRun export = CliRun.of("evidence", "export", folder.toString(), "--db", ledger.toString());
        assertThat(export.code()).as(export.err()).isZero();
        Path exported = folder.resolve(problemSeq).resolve(measureSeq + "-整改报告.pdf");
        assertThat(exported).hasSameBinaryContentAs(a);
        assertThat(folder.resolve(PackageIndex.NAME)).exists();
        List<PackageIndex.Line> index;
        try (var in = Files.newInputStream(folder.resolve(PackageIndex.NAME))) {
            index = PackageIndex.read(in);
        }
        assertThat(index).extracting(PackageIndex.Line::path).containsExactly(
                problemSeq + "/" + measureSeq + "-整改报告.pdf", problemSeq + "/" + measureSeq + "-现场照片.jpg");

        CliRun verify = CliRun.of("evidence", "verify", folder.toString(), "--db", ledger.toString(), "--json");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(new ObjectMapper().readTree(verify.out()).get("checked").asInt()).isEqualTo(2);

        Path zip = dir.resolve("汇编.zip");
        assertThat(CliRun.of("evidence", "export", zip.toString(), "--db", ledger.toString()).code()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry(problemSeq + "/" + measureSeq + "-现场照片.jpg").getSize()).isEqualTo(500);
        }
        assertThat(CliRun.of("evidence", "verify", zip.toString(), "--db", ledger.toString()).code()).isZero();
    }

    @Test
    void aTamperedMissingOrAddedFileInThePackageIsFound() throws Exception {
        Path a = file("a.pdf", 100);
        Path b = file("b.pdf", 100);
        assertThat(CliRun.of("evidence", "add", "--db", ledger.toString(), "--measure", measureUid, a.toString(),
                b.toString()).code()).isZero();
        Path folder = dir.resolve("pkg");
        assertThat(CliRun.of("evidence", "export", folder.toString(), "--db", ledger.toString()).code()).isZero();
        Path inPackage = folder.resolve(problemSeq).resolve(measureSeq + "-a.pdf");
        byte[] bytes = Files.readAllBytes(inPackage);
        bytes[10] ^= 1;
        Files.write(inPackage, bytes);
        Files.delete(folder.resolve(problemSeq).resolve(measureSeq + "-b.pdf"));
        Files.writeString(folder.resolve("extra.txt"), "x");

        CliRun verify = CliRun.of("evidence", "verify", folder.toString(), "--db", ledger.toString(), "--json");
        assertThat(verify.code()).isEqualTo(LedgerCli.REJECTED);
        List<String> kinds = new ArrayList<>();
        new ObjectMapper().readTree(verify.out()).get("findings").forEach(f -> kinds.add(f.get("kind").asText()
                + " " + f.get("path").asText()));
        assertThat(kinds).containsExactlyInAnyOrder(
                "altered " + problemSeq + "/" + measureSeq + "-a.pdf",
                "not_in_ledger " + problemSeq + "/" + measureSeq + "-a.pdf",
                "missing " + problemSeq + "/" + measureSeq + "-b.pdf",
                "unlisted extra.txt");
    }

    @Test
    void aFileOverTheLimitOrAnUnknownMeasureIsRefusedAndTheLedgerKeepsItsBytes() throws Exception {
        try (LedgerStore store = LedgerStore.open(ledger)) {
            store.evidence().setLimit(1000);
        }
        byte[] before = Files.readAllBytes(ledger);
        Path big = file("big.pdf", 1001);
        CliRun tooBig = CliRun.of("evidence", "add", "--db", ledger.toString(), "--measure", measureUid, big.toString());
        assertThat(tooBig.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(tooBig.err()).contains("big.pdf").contains("上限");
        CliRun unknown = CliRun.of("evidence", "add", "--db", ledger.toString(), "--measure", "nope",
                file("small.pdf", 10).toString());
        assertThat(unknown.code()).isEqualTo(LedgerCli.REJECTED);
        assertThat(unknown.err()).contains("nope");
        assertThat(CliRun.of("evidence", "add", "--db", ledger.toString(), big.toString()).code())
                .as("a measure or a problem is required").isEqualTo(LedgerCli.USAGE);
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            assertThat(store.evidence().all()).isEmpty();
        }
        assertThat(Files.readAllBytes(ledger).length).isEqualTo(before.length);
    }

    /** A 60 MB file goes in and out of the ledger in a JVM with 64 MB of heap: it is streamed, never held whole. */
    @Test
    void aLargeFileIsStreamedInAndOutUnderASmallHeap() throws Exception {
        Path large = dir.resolve("large.bin");
        byte[] block = new byte[1 << 20];
        new Random(7).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(large)) {
            for (int i = 0; i < 60; i++) {
                block[0] = (byte) i;
                out.write(block);
            }
        }
        try (LedgerStore store = LedgerStore.open(ledger)) {
            store.evidence().setLimit(100L * 1024 * 1024);
        }
        Path zip = dir.resolve("out.zip");
        assertThat(child("evidence", "add", "--db", ledger.toString(), "--measure", measureUid, large.toString()))
                .isZero();
        assertThat(child("evidence", "export", zip.toString(), "--db", ledger.toString())).isZero();
        assertThat(child("evidence", "verify", zip.toString(), "--db", ledger.toString())).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry(problemSeq + "/" + measureSeq + "-large.bin").getSize()).isEqualTo(Files.size(large));
        }
    }

    private int child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path log = dir.resolve("child-" + args[1] + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        if (p.exitValue() != 0) {
            System.err.println(Files.readString(log));
        }
        return p.exitValue();
    }
}
