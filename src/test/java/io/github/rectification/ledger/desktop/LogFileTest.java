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
}
