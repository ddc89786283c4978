package io.github.rectification.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The benchmark measures the command line with the JVM options the installed launcher uses. */
class CliLauncherOptionsTest {
    private static final Path JPACKAGE = Path.of("packaging", "jpackage");

    @Test
    void theBenchmarkUsesTheCommandLineLaunchersJvmOptions() throws Exception {
        Properties launcher = new Properties();
        try (Reader in = Files.newBufferedReader(JPACKAGE.resolve("cli.properties"), StandardCharsets.UTF_8)) {
            launcher.load(in);
        }
        List<String> options = Arrays.asList(launcher.getProperty("java-options").trim().split("\\s+"));
        List<String> common = List.of("-Dfile.encoding=UTF-8", "-Xss2m", "-Dorg.sqlite.lib.path=$APPDIR/native");
        assertThat(options).containsAll(common);
        assertThat(options.stream().filter(o -> !common.contains(o)).toList())
                .containsExactlyInAnyOrderElementsOf(ExchangeBenchCommand.CLI_LAUNCHER_OPTIONS);
        assertThat(launcher.getProperty("win-console")).isEqualTo("true");
        assertThat(Files.readAllLines(JPACKAGE.resolve("app-image.args")))
                .contains("--add-launcher rectification-ledger-cli=packaging/jpackage/cli.properties");
    }
}
