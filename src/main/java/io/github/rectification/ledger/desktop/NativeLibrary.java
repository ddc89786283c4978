package io.github.rectification.ledger.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * SQLite's native library kept unpacked in a folder of the application, as the installed image
 * keeps it in its own: started as {@code java -jar}, the driver would otherwise copy the library
 * from the jar into the temporary folder at every start, compare the copy with the jar's byte by
 * byte, and ask the system what it is in a process of its own (100–150 ms of each start). The
 * library is unpacked once per version, into a folder named by its checksum; a start that cannot
 * use the folder leaves the driver to find the library its own way.
 */
public final class NativeLibrary {
    /** The driver's properties: the folder of its library, and the library's file name. */
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private NativeLibrary() {
    }

    /**
     * Points the driver at its library in a folder under {@code folder}, unpacking it there first
     * when it is not; nothing when the launcher already named a folder, on a platform the installers
     * are not built for, or when the folder cannot be written.
     */
    public static void useFolder(Path folder) {
        if (System.getProperty(PATH) != null) {
            return;
        }
        try {
            Path dir = unpacked(folder);
            if (dir != null) {
                System.setProperty(PATH, dir.toString());
                System.setProperty(NAME, fileName());
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(NativeLibrary.class).debug("SQLite's library left to the driver", e);
        }
    }

    /**
     * The folder under {@code folder} that holds this platform's library as the driver's jar has it,
     * unpacked there first when it is not; null on a platform the installers are not built for.
     */
    static Path unpacked(Path folder) throws IOException {
        String platform = platform();
        String name = fileName();
        URL url = platform == null ? null
                : NativeLibrary.class.getClassLoader().getResource("org/sqlite/native/" + platform + "/" + name);
        if (url == null) {
            return null;
        }
        URLConnection resource = url.openConnection();
        long size = resource.getContentLengthLong();
        String version = resource instanceof JarURLConnection jar
                ? Long.toHexString(jar.getJarEntry().getCrc()) + "-" + size : "size-" + size;
        Path dir = folder.resolve(version);
        Path lib = dir.resolve(name);
        if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
            unpack(resource, dir, lib);
            forgetOthers(folder, dir);
        }
        return dir;
    }

    /**
     * Removes, as far as it can, what other versions left under {@code folder} (a library another
     * start still has loaded stays, and goes at a later version's first start).
     */
    private static void forgetOthers(Path folder, Path kept) {
        try (var others = Files.list(folder)) {
            others.filter(p -> !p.equals(kept)).forEach(NativeLibrary::removeQuietly);
        } catch (IOException | RuntimeException ignored) {
            // the folder holds a few megabytes more; the library in use is unpacked
        }
    }

    private static void removeQuietly(Path path) {
        try (var inside = Files.isDirectory(path) ? Files.list(path) : java.util.stream.Stream.<Path>empty()) {
            inside.forEach(NativeLibrary::removeQuietly);
        } catch (IOException | RuntimeException ignored) {
            // left for a later start
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException | RuntimeException ignored) {
            // in use by another start, or not ours to remove
        }
    }

    private static String fileName() {
        return System.mapLibraryName("sqlitejdbc");
    }

    /** Unpacks under a name of its own, then moves it in place: a start beside this one never loads half a file. */
    private static void unpack(URLConnection resource, Path dir, Path lib) throws IOException {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, lib.getFileName().toString(), ".part");
        try {
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The driver's folder of the library for this platform, for the platforms the installers are
     * built for (glibc Linux and Windows on x86-64); null for others.
     */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return null;
        }
        if (os.startsWith("linux")) {
            return Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) ? null : "Linux/x86_64";
        }
        if (os.startsWith("windows")) {
            return "Windows/x86_64";
        }
        return null;
    }
}
