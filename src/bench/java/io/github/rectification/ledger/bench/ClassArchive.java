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
        Path list = work.resolve("cli.classlist");
        Path archive = work.resolve("cli.jsa");
        Files.deleteIfExists(list);
        Files.deleteIfExists(archive);
        List<String> train = new ArrayList<>(List.of(MeasuredJar.javaCommand()));
        train.addAll(jvmOptions);
        train.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-jar", jar.toString()));
        train.addAll(training);
        check(ProcessRun.run(train, work), train);
        List<String> dump = List.of(MeasuredJar.javaCommand(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString());
        check(ProcessRun.run(dump, work), dump);
        if (!Files.isRegularFile(archive)) {
            throw new IOException("no class-data archive made: " + String.join(" ", dump));
        }
        return archive;
    }

    private static void check(ProcessRun.Result r, List<String> cmd) {
        if (r.exitCode() != 0) {
            String o = r.output();
            throw new IllegalStateException(String.join(" ", cmd) + " 退出码 " + r.exitCode() + ":\n"
                    + (o.length() <= 2000 ? o : o.substring(o.length() - 2000)));
        }
    }
}
