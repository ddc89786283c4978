package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.Launcher;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jar's entry point in a fresh JVM with no display and a plain C locale, as a script
 * would, and checks from the JVM's class-loading log that the command line never loads JavaFX.
 */
class HeadlessLaunchTest {
    @TempDir
    Path dir;

    @Test
    void statsRunsWithoutDisplayAndWithoutJavaFx() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        Path classLog = dir.resolve("classes.log");

        Result r = launch(classLog, "stats", "--db", file.toString(), "--json");

        assertThat(r.code).as(r.err).isZero();
        JsonNode stats = new ObjectMapper().readTree(r.out);
        assertThat(stats.get("measures").asInt()).isEqualTo(SeedLedger.MEASURES);
        List<String> loaded = Files.readAllLines(classLog, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(l -> l.contains("io.github.rectification.ledger.cli.StatsCommand"));
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."));
    }

    @Test
    void dumpPrintsChineseAsUtf8WhateverTheLocale() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        Result r = launch(dir.resolve("classes.log"), "dump", "--db", file.toString(), "--json");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains(SeedLedger.INSPECTION_NAME);
    }

    @Test
    void aMissingFileExitsWithThree() throws Exception {
        Result r = launch(dir.resolve("classes.log"), "stats", "--db", dir.resolve("none.zgtz").toString());
        assertThat(r.code).isEqualTo(LedgerCli.REJECTED);
        assertThat(r.err).contains("文件不存在");
        assertThat(dir.resolve("none.zgtz")).doesNotExist();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result launch(Path classLog, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + classLog, "-cp", classPath, Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Path out = Files.createTempFile(classLog.getParent(), "out", ".txt");
        Path err = Files.createTempFile(classLog.getParent(), "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not finish in 60 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
