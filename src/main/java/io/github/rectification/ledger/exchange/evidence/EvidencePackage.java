package io.github.rectification.ledger.exchange.evidence;

import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an evidence package (整改材料汇编) for inspectors: every attached file at its place in
 * {@link PackagePlan} and the index workbook {@link PackageIndex#NAME}, into a new folder or, for a
 * target ending in .zip, a zip file. The package appears whole or not at all: it is written beside
 * the target and moved into place when complete.
 */
public final class EvidencePackage {
    private EvidencePackage() {
    }

    /** What was written. */
    public record Written(Path target, int files, long bytes) {
    }

    /**
     * @throws IOException when the target exists (a folder must be new or empty) or cannot be written
     */
    public static Written write(LedgerStore store, List<Long> inspections, Path target) throws IOException {
        List<PackageEntry> entries = PackagePlan.of(store, inspections);
        Path abs = target.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        long bytes = entries.stream().mapToLong(e -> e.evidence().size()).sum();
        if (isZip(abs)) {
            if (Files.exists(abs)) {
                throw new IOException(Messages.TEXTS.text("exists", abs));
            }
            Path tmp = Files.createTempFile(parent, ".evidence-", ".zip.part");
            try {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                    // evidence is mostly PDF, pictures and office files, compressed already: stored as it is,
                    // the package is hardly larger and is written at the speed of the disk
                    for (PackageEntry e : entries) {
                        zip.putNextEntry(stored(store, e));
                        store.evidence().copyContent(e.evidence(), zip);
                        zip.closeEntry();
                    }
                    zip.putNextEntry(new ZipEntry(PackageIndex.NAME));
                    PackageIndex.write(entries, new Unclosed(zip));
                    zip.closeEntry();
                }
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else {
            if (Files.exists(abs) && (!Files.isDirectory(abs) || !isEmpty(abs))) {
                throw new IOException(Messages.TEXTS.text("notEmpty", abs));
            }
            Path tmp = Files.createTempDirectory(parent, ".evidence-");
            try {
                for (PackageEntry e : entries) {
                    Path file = tmp.resolve(e.path());
                    Files.createDirectories(file.getParent());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        store.evidence().copyContent(e.evidence(), out);
                    }
                }
                try (OutputStream out = Files.newOutputStream(tmp.resolve(PackageIndex.NAME))) {
                    PackageIndex.write(entries, out);
                }
                Files.deleteIfExists(abs);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (Files.exists(tmp)) {
                    deleteTree(tmp);
                }
            }
        }
        return new Written(abs, entries.size(), bytes);
    }

    /** A stored (uncompressed) entry for a file of the package: its size and CRC read from the ledger first. */
    private static ZipEntry stored(LedgerStore store, PackageEntry e) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (OutputStream sink = new java.util.zip.CheckedOutputStream(OutputStream.nullOutputStream(), crc)) {
            store.evidence().copyContent(e.evidence(), sink);
        }
        ZipEntry entry = new ZipEntry(e.path());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(e.evidence().size());
        entry.setCompressedSize(e.evidence().size());
        entry.setCrc(crc.getValue());
        return entry;
    }

    static boolean isZip(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The zip stream for POI, which closes what it writes to. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
