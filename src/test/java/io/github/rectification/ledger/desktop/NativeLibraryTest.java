package io.github.rectification.ledger.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryTest {
    @TempDir
    Path dir;

    private static byte[] driversOwn() throws Exception {
        try (InputStream in = NativeLibrary.class.getClassLoader().getResourceAsStream(
                "org/sqlite/native/" + NativeLibrary.platform() + "/" + System.mapLibraryName("sqlitejdbc"))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsUnpackedOnceAsTheDriverHasIt() throws Exception {
        assumeTrue(NativeLibrary.platform() != null, "a platform the installers are built for");
        Path folder = NativeLibrary.unpacked(dir);
        Path lib = folder.resolve(System.mapLibraryName("sqlitejdbc"));
        assertThat(folder.getParent()).isEqualTo(dir);
        assertThat(Files.readAllBytes(lib)).isEqualTo(driversOwn());
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).as("no part file left").containsExactly(lib);
        }

        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(lib, written);
        assertThat(NativeLibrary.unpacked(dir)).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(lib)).as("a second start reuses it").isEqualTo(written);
    }

    @Test
    void aCutShortCopyIsUnpackedAgain() throws Exception {
        assumeTrue(NativeLibrary.platform() != null, "a platform the installers are built for");
        Path folder = NativeLibrary.unpacked(dir);
        Path lib = folder.resolve(System.mapLibraryName("sqlitejdbc"));
        Files.write(lib, new byte[100]);
        assertThat(NativeLibrary.unpacked(dir)).isEqualTo(folder);
        assertThat(Files.readAllBytes(lib)).isEqualTo(driversOwn());
    }

    @Test
    void theFolderIsNamedByTheLibrarysChecksumSoAnotherVersionGetsItsOwn() throws Exception {
        assumeTrue(NativeLibrary.platform() != null, "a platform the installers are built for");
        Path folder = NativeLibrary.unpacked(dir);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] bytes = driversOwn();
        crc.update(bytes);
        // the driver's library comes from its jar here, as in the application's
        assertThat(folder.getFileName().toString()).isEqualTo(Long.toHexString(crc.getValue()) + "-" + bytes.length);
    }

    @Test
    void aNewVersionTakesTheOldOnesAway() throws Exception {
        assumeTrue(NativeLibrary.platform() != null, "a platform the installers are built for");
        Path old = Files.createDirectories(dir.resolve("0-1"));
        Files.write(old.resolve(System.mapLibraryName("sqlitejdbc")), new byte[1]);
        Files.write(dir.resolve("libsqlitejdbc.so.123.part"), new byte[1]);
        Path folder = NativeLibrary.unpacked(dir);
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(folder);
        }
    }
}
