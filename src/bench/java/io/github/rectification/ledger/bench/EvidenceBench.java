package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.exchange.evidence.EvidencePackage;
import io.github.rectification.ledger.exchange.evidence.PackageCheck;
import io.github.rectification.ledger.report.quality.QualityCheck;
import io.github.rectification.ledger.store.EvidenceRefusedException;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench evidence}: creates a large ledger, times its open, attaches many files of the same
 * size one by one (each its own transaction, as a user adds them), times the open again with all
 * that evidence (it must not grow: the open checks every table but the evidence's content), then
 * the evidence package to a folder and to a zip with their verification, and the quality check.
 * Its labels come from the command line's messages, in the program's language.
 */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "${bundle:" + EvidenceBench.DESCRIPTION + "}")
final class EvidenceBench implements Callable<Integer> {
    static final String DESCRIPTION = "bench.evidence.description";
    private static final int BLOCK = 1024 * 1024;

    @Mixin
    SyntheticOptions generated;

    @Option(names = "--files", defaultValue = "1000", descriptionKey = "bench.evidence.files")
    int files;

    @Option(names = "--file-size", paramLabel = "BYTES", defaultValue = "1048576", descriptionKey = "bench.evidence.fileSize")
    long fileSize;

    @Option(names = "--repeats", defaultValue = "5", descriptionKey = "bench.evidence.repeats")
    int repeats;

    @Option(names = "--json", descriptionKey = "bench.evidence.json")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        generated.check();
        if (files < 1 || fileSize < 1 || repeats < 0) {
            throw new ParameterException(spec.commandLine(), Messages.TEXTS.text("bench.evidence.sizes"));
        }
        Path dir = Files.createTempDirectory("evidence-bench");
        try {
            run(dir).print(spec.commandLine().getOut(), json);
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private BenchReport run(Path dir) throws Exception {
        BenchReport r = new BenchReport("evidence", Messages.TEXTS.text("bench.evidence.title"));
        Path file = dir.resolve("bench.zgtz");
        LedgerStore created = LedgerStore.open(file);
        BenchReport.Timed<SyntheticStore.Size> write = BenchReport.time(() -> generated.write(created));
        if (created.evidence().limit() < fileSize) {
            created.evidence().setLimit(fileSize);
        }
        BenchReport.Timed<Void> close = BenchReport.time(() -> {
            created.close();
            return null;
        });
        SyntheticStore.Size size = write.value();
        r.fact("inspections", size.inspections());
        r.fact("problems", size.problems());
        r.fact("measures", size.measures());
        r.fact("files", files);
        r.fact("file_size", fileSize);
        r.step("create", Messages.TEXTS.text("bench.evidence.create"), write,
                Messages.TEXTS.text("bench.evidence.created", size.measures(), size.problems()));
        r.step("create_close", Messages.TEXTS.text("bench.evidence.createClose"), close, "");
        r.fact("ledger_bytes_before", Files.size(file));

        BenchReport.Timed<LedgerStore> firstOpen = BenchReport.time(() -> open(file));
        firstOpen.value().close();
        r.step("open_first", Messages.TEXTS.text("bench.evidence.openFirst"), firstOpen, "");
        double openBefore = opens(r, file, "open", "open_read_only", Messages.TEXTS.text("bench.evidence.open"),
                Messages.TEXTS.text("bench.evidence.openReadOnly"));

        attach(r, file, dir);
        r.fact("ledger_bytes_after", Files.size(file));

        double openAfter = opens(r, file, "open_with_evidence", "open_read_only_with_evidence",
                Messages.TEXTS.text("bench.evidence.openWith", files),
                Messages.TEXTS.text("bench.evidence.openReadOnlyWith", files));
        r.fact("open_ms_before", round(openBefore));
        r.fact("open_ms_after", round(openAfter));
        r.fact("open_ratio", openBefore > 0 ? Math.round(openAfter / openBefore * 100) / 100.0 : null);

        try (LedgerStore store = LedgerStore.openReadOnly(file)) {
            exportAndVerify(r, store, dir.resolve("package"), "folder",
                    Messages.TEXTS.text("bench.evidence.exportFolder"), Messages.TEXTS.text("bench.evidence.verifyFolder"));
            exportAndVerify(r, store, dir.resolve("package.zip"), "zip",
                    Messages.TEXTS.text("bench.evidence.exportZip"), Messages.TEXTS.text("bench.evidence.verifyZip"));
        }
        LocalDate day = LocalDate.now();
        // as the command runs it: a read-only open with its integrity check alongside, the checks asked of SQLite;
        // the first as the first of a day (the mark the writer left dropped, so the whole file is checked), the
        // repeats spared the check by the mark that first run leaves
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".checked"));
        r.step("check", Messages.TEXTS.text("bench.evidence.check"), repeats, () -> {
            try (LedgerStore store = LedgerStore.openReadOnlyCheckedAlongside(file)) {
                List<io.github.rectification.ledger.report.quality.QualityFinding> found = QualityCheck.of(store, day);
                store.verified();
                return found;
            } catch (LedgerFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, found -> Messages.TEXTS.text("bench.evidence.findings", found.size(),
                found.stream().mapToInt(f -> f.records().size()).sum()));
        return r;
    }

    /**
     * Times the open for writing and the read-only open, each the first time and the median of the
     * repeats; returns the median of the open for writing.
     */
    private double opens(BenchReport r, Path file, String key, String readOnlyKey, String label, String readOnlyLabel) {
        r.step(key, label, repeats, () -> {
            open(file).close();
            return null;
        }, v -> "");
        r.step(readOnlyKey, readOnlyLabel, repeats, () -> {
            try {
                LedgerStore.openReadOnly(file).close();
            } catch (LedgerFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return null;
        }, v -> "");
        List<BenchReport.Step> steps = r.steps();
        BenchReport.Step open = steps.get(steps.size() - 2);
        return open.repeatMs() >= 0 ? open.repeatMs() : open.firstMs();
    }

    /** Attaches the files one by one to measures spread over the ledger, each written just before (not timed). */
    private void attach(BenchReport r, Path ledger, Path dir) throws Exception {
        byte[] block = new byte[(int) Math.min(fileSize, BLOCK)];
        new Random(generated.seed).nextBytes(block);
        Path f = dir.resolve("evidence.bin");
        double[] ms = new double[files];
        double wall = 0;
        double cpu = 0;
        BenchReport.Timed<?> first = null;
        try (LedgerStore store = open(ledger)) {
            List<String> measures = store.history().uids(RecordKind.MEASURE).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue).toList();
            for (int k = 0; k < files; k++) {
                write(f, block, k);
                EvidenceOwner owner = EvidenceOwner.measure(measures.get((int) ((long) k * measures.size() / files)));
                BenchReport.Timed<?> t = BenchReport.time(() -> {
                    try {
                        return store.evidence().attach(owner, List.of(f));
                    } catch (EvidenceRefusedException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
                if (k == 0) {
                    first = t;
                }
                ms[k] = t.ms();
                wall += t.ms();
                cpu += t.cpuMs();
            }
            Files.deleteIfExists(f);
            double mb = files * (double) fileSize / 1e6;
            r.fact("evidence_bytes", files * fileSize);
            r.step("attach", Messages.TEXTS.text("bench.evidence.attach", files),
                    new BenchReport.Timed<>(null, wall, cpu), Messages.TEXTS.text("bench.evidence.attached",
                            bytes(files * fileSize), format(wall > 0 ? mb / (wall / 1000) : 0)));
            int tenth = Math.max(1, files / 10);
            r.step("attach_file", Messages.TEXTS.text("bench.evidence.attachFile"), first,
                    BenchReport.median(Arrays.copyOfRange(ms, 1, files)), Messages.TEXTS.text("bench.evidence.attachSpread",
                            format(BenchReport.median(Arrays.copyOfRange(ms, 0, tenth))),
                            format(BenchReport.median(Arrays.copyOfRange(ms, files - tenth, files))),
                            format(Arrays.stream(ms).max().orElse(0))));
            BenchReport.Timed<Void> close = BenchReport.time(() -> {
                store.close();
                return null;
            });
            r.step("attach_close", Messages.TEXTS.text("bench.evidence.attachClose"), close, "");
        }
    }

    /** {@code fileSize} bytes unlike every other file's: the file's number, then the block from an offset of its own, round. */
    private void write(Path f, byte[] block, int k) throws IOException {
        byte[] number = ByteBuffer.allocate(Long.BYTES).putLong(k).array();
        try (OutputStream out = Files.newOutputStream(f)) {
            long left = fileSize;
            int head = (int) Math.min(left, number.length);
            out.write(number, 0, head);
            left -= head;
            int at = (int) ((k * 4099L) % block.length);
            while (left > 0) {
                int n = (int) Math.min(left, block.length - at);
                out.write(block, at, n);
                left -= n;
                at = (at + n) % block.length;
            }
        }
    }

    /** Writes the package of the whole ledger to {@code target} and verifies it, then deletes it. */
    private void exportAndVerify(BenchReport r, LedgerStore store, Path target, String kind, String exportLabel,
            String verifyLabel) throws IOException {
        EvidencePackage.Written written = r.step("export_" + kind, exportLabel, 0,
                () -> io(() -> EvidencePackage.write(store, List.of(), target)),
                w -> Messages.TEXTS.text("bench.evidence.package", w.files(), bytes(w.bytes())));
        r.step("verify_" + kind, verifyLabel, 0,
                () -> io(() -> PackageCheck.check(store, written.target())),
                c -> c.ok() ? Messages.TEXTS.text("bench.evidence.verified", c.checked())
                        : Messages.TEXTS.text("bench.evidence.mismatches", c.checked(), c.findings().size()));
        deleteTree(written.target());
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LedgerStore open(Path file) {
        try {
            return LedgerStore.open(file);
        } catch (LedgerFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String bytes(long n) {
        return n < 1_000_000 ? format(n / 1e3) + " KB" : format(n / 1e6) + " MB";
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
