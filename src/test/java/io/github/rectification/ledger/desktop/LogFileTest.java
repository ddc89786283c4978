package io.github.rectification.ledger.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogFileTest {
    @TempDir
    Path dir;

    @Test
    void writesErrorsWithTheirStackTraceAndTheApplicationsInformation() throws Exception {
        Path file = LogFile.install(LogFile.folder(dir));
        try {
            assertThat(file).isEqualTo(dir.resolve("logs").resolve("rectification-ledger.log"));
            assertThat(file).as("opened by the first line").doesNotExist();
            LoggerFactory.getLogger("io.github.rectification.ledger.ui.Test").info("打开台账 {}", "a.zgtz");
            LoggerFactory.getLogger("org.example.Other").info("not written");
            LoggerFactory.getLogger("org.example.Other").error("失败了", new IllegalStateException("boom"));
        } finally {
            LogFile.remove();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("INFO", "打开台账 a.zgtz", "ERROR", "失败了", "java.lang.IllegalStateException: boom",
                "at io.github.rectification.ledger.desktop.LogFileTest");
        assertThat(text).doesNotContain("not written");
    }

    @Test
    void aCommandLineRunLogsToTheFileAndNothingToTheConsole() throws Exception {
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        ch.qos.logback.classic.LoggerContext ctx = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
        Path file;
        System.setErr(new java.io.PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            file = LogFile.installForCommandLine(LogFile.folder(dir));
            LoggerFactory.getLogger("org.apache.poi.openxml4j.opc.ZipPackage").warn("library warning");
            LoggerFactory.getLogger("org.example.Other").error("library error", new IllegalStateException("boom"));
        } finally {
            System.setErr(realErr);
            LogFile.remove();
            ConsoleLogging restore = new ConsoleLogging();
            restore.setContext(ctx);
            restore.configure(ctx);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("library warning", "library error",
                "java.lang.IllegalStateException: boom");
    }
}
