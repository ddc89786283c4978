package io.github.rectification.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks start the installed launcher's way: SQLite's library unpacked from the jar into a folder it is loaded from. */
class LauncherNativeTest {
    @TempDir
    Path work;

    @Test
    void theLibraryOfThisPlatformIsUnpackedAndNamedToTheDriver() throws Exception {
        Path driverJar = Path.of(org.sqlite.JDBC.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> options = LauncherNative.options(driverJar, work);
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        boolean x64 = List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
        if (!x64 || !(os.startsWith("linux") || os.startsWith("windows"))) {
            assertThat(options).as("no installer is built for this platform").isEmpty();
            return;
        }
        Path dir = work.resolve("native");
        assertThat(options).containsExactly("-Dorg.sqlite.lib.path=" + dir);
        String name = os.startsWith("linux") ? "Linux/x86_64/libsqlitejdbc.so" : "Windows/x86_64/sqlitejdbc.dll";
        try (ZipFile zip = new ZipFile(driverJar.toFile())) {
            byte[] packed = zip.getInputStream(zip.getEntry("org/sqlite/native/" + name)).readAllBytes();
            assertThat(Files.readAllBytes(dir.resolve(name.substring(name.lastIndexOf('/') + 1)))).isEqualTo(packed);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("only this platform's library").isEqualTo(1);
        }
    }
}
