package io.github.rectification.ledger.exchange.evidence;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Re-checks an evidence package against the ledger: every file of the index is there, its content
 * has the hash the index and the ledger give, and the package holds no file the index does not list.
 */
public final class PackageCheck {
    private PackageCheck() {
    }

    /** What a finding is about. */
    public enum Kind {
        /** Listed in the index, not in the package. */
        MISSING,
        /** Its content's hash is not the one the index gives. */
        ALTERED,
        /** The index names an attachment the ledger does not hold, or with another content. */
        NOT_IN_LEDGER,
        /** In the package, not in the index. */
        UNLISTED
    }

    public record Finding(Kind kind, String path, String detail) {
    }

    public record Result(int checked, List<Finding> findings) {
        public boolean ok() {
            return findings.isEmpty();
        }
    }

    /** @throws IOException when the package or its index cannot be read */
    public static Result check(LedgerStore store, Path pkg) throws IOException {
        try (Source source = Files.isDirectory(pkg) ? new FolderSource(pkg.toAbsolutePath().normalize()) : new ZipSource(pkg)) {
            List<PackageIndex.Line> lines;
            try (InputStream in = source.open(PackageIndex.NAME)
                    .orElseThrow(() -> new IOException(Messages.TEXTS.text("noIndex", pkg, PackageIndex.NAME)))) {
                lines = PackageIndex.read(in);
            }
            List<Finding> findings = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (PackageIndex.Line l : lines) {
                listed.add(l.path());
                Optional<InputStream> in = source.open(l.path());
                if (in.isEmpty()) {
                    findings.add(new Finding(Kind.MISSING, l.path(), "目录第 " + l.row() + " 行"));
                    continue;
                }
                String hash;
                try (InputStream s = in.get()) {
                    hash = sha256(s);
                }
                if (!hash.equalsIgnoreCase(l.sha256())) {
                    findings.add(new Finding(Kind.ALTERED, l.path(), "SHA-256 " + hash + ",目录记载 " + l.sha256()));
                }
                Optional<Evidence> held = store.evidence().byUid(l.evidenceUid());
                if (held.isEmpty() || !held.get().sha256().equalsIgnoreCase(hash)) {
                    findings.add(new Finding(Kind.NOT_IN_LEDGER, l.path(), held.isEmpty()
                            ? "台账中没有这份佐证材料" : "台账中的 SHA-256 为 " + held.get().sha256()));
                }
            }
            for (String p : source.files()) {
                if (!p.equals(PackageIndex.NAME) && !listed.contains(p)) {
                    findings.add(new Finding(Kind.UNLISTED, p, "目录中没有这个文件"));
                }
            }
            return new Result(lines.size(), findings);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private interface Source extends AutoCloseable {
        Optional<InputStream> open(String path) throws IOException;

        List<String> files() throws IOException;

        @Override
        void close() throws IOException;
    }

    private record FolderSource(Path root) implements Source {
        @Override
        public Optional<InputStream> open(String path) throws IOException {
            Path p = root.resolve(path).normalize();
            return p.startsWith(root) && Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
        }

        @Override
        public List<String> files() throws IOException {
            try (var s = Files.walk(root)) {
                return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
            }
        }

        @Override
        public void close() {
        }
    }

    private static final class ZipSource implements Source {
        private final ZipFile zip;

        ZipSource(Path file) throws IOException {
            this.zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public Optional<InputStream> open(String path) throws IOException {
            ZipEntry e = zip.getEntry(path);
            return e == null || e.isDirectory() ? Optional.empty() : Optional.of(zip.getInputStream(e));
        }

        @Override
        public List<String> files() {
            return zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
