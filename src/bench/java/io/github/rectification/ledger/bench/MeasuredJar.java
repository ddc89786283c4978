package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.cli.RejectedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the benchmarks that run the application as whole processes share: the application's jar
 * they measure, the java command that runs it, and the clean-up of their work folders.
 */
final class MeasuredJar {
    private MeasuredJar() {
    }

    /**
     * {@code given}, else the application's jar that the benchmarks' jar lies beside, else
     * {@code target/rectification-ledger.jar}; refused when it is not there.
     */
    static Path of(Path given) throws RejectedInputException {
        Path j = given;
        if (j == null) {
            try {
                Path self = Path.of(MeasuredJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                j = self.toString().endsWith(".jar") ? self.resolveSibling("rectification-ledger.jar")
                        : Path.of("target", "rectification-ledger.jar");
            } catch (Exception e) {
                j = Path.of("target", "rectification-ledger.jar");
            }
        }
        if (!Files.isRegularFile(j)) {
            throw new RejectedInputException(j.toAbsolutePath() + ": 找不到 jar(先运行 mvn -B -DskipTests package)");
        }
        return j.toAbsolutePath();
    }

    /** The java of the running JVM, else the one on the path. */
    static String javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    /** Deletes a folder with everything in it; nothing when it is not there. */
    static void deleteTree(Path d) throws IOException {
        if (!Files.exists(d)) {
            return;
        }
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
