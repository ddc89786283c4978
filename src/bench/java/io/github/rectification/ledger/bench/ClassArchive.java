package io.github.rectification.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-data archive the installed command-line launcher starts from on Linux
 * (packaging/linux/cds-prepare.sh and cds-archive.sh), made the same way for the jar a benchmark
 * measures: the classes one training run of a command loads ({@code -XX:DumpLoadedClassList}),
 * dumped into an archive ({@code -Xshare:dump}) that names that jar.
 */
final class ClassArchive {
    /** The options that start a JVM from {@code archive}, as the launcher's configuration gives them. */
    static List<String> options(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    private ClassArchive() {
    }

    /**
     * Runs {@code training} (a command and its arguments) once with {@code jvmOptions}, recording
     * the classes it loads, and dumps them into {@code work/cli.jsa}; returns the archive.
     */
    static Path make(Path jar, Path work, List<String> jvmOptions, List<String> training) throws Exception {
        return ofAll(jar, work, jvmOptions, List.of(training));
    }

    /**
     * Runs each of {@code trainings} once with {@code jvmOptions}, recording the classes each loads,
     * and dumps them all into {@code work/cli.jsa}, as packaging/linux/cds-prepare.sh merges its
     * commands' lists; returns the archive.
     */
    static Path ofAll(Path jar, Path work, List<String> jvmOptions, List<List<String>> trainings) throws Exception {
        Path list = work.resolve("cli.classlist");
        Path archive = work.resolve("cli.jsa");
        Files.deleteIfExists(archive);
        java.util.Set<String> classes = new java.util.LinkedHashSet<>();
        for (List<String> training : trainings) {
            Path one = work.resolve("training.classlist");
            Files.deleteIfExists(one);
            List<String> train = new ArrayList<>(List.of(MeasuredJar.javaCommand()));
            train.addAll(jvmOptions);
            train.addAll(List.of("-XX:DumpLoadedClassList=" + one, "-jar", jar.toString()));
            train.addAll(training);
            ProcessRun.succeeded(train, work);
            Files.readAllLines(one).stream().filter(l -> !l.startsWith("#")).forEach(classes::add);
            Files.delete(one);
        }
        Files.write(list, classes);
        List<String> dump = List.of(MeasuredJar.javaCommand(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString());
        ProcessRun.succeeded(dump, work);
        if (!Files.isRegularFile(archive)) {
            throw new IOException("no class-data archive made: " + String.join(" ", dump));
        }
        return archive;
    }
}
