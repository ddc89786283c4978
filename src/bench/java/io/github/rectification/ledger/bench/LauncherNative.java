package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.desktop.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * SQLite's native library laid out for a benchmark as the installed image has it (the pom unpacks
 * it into lib/app/native, and both launchers pass {@code -Dorg.sqlite.lib.path}): unpacked from the
 * jar measured into a folder of the work directory. Without it the driver copies the library into
 * the temporary folder at every start, and asks the system what it is (a process of its own).
 */
final class LauncherNative {
    private LauncherNative() {
    }

    /**
     * The JVM option that loads the library from {@code work/native}, unpacked there from {@code jar};
     * none on a platform the installers are not built for (the driver then finds its own).
     */
    static List<String> options(Path jar, Path work) throws IOException {
        String platform = NativeLibrary.platform();
        if (platform == null) {
            return List.of();
        }
        Path dir = Files.createDirectories(work.resolve("native"));
        String prefix = "org/sqlite/native/" + platform + "/";
        boolean any = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, dir.resolve(name.substring(prefix.length())), StandardCopyOption.REPLACE_EXISTING);
                }
                any = true;
            }
        }
        return any ? List.of("-Dorg.sqlite.lib.path=" + dir) : List.of();
    }
}
