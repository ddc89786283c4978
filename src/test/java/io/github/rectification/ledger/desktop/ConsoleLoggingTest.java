package io.github.rectification.ledger.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConsoleLoggingTest {
    @Test
    void everyStartLogsWarningsAndErrorsToStandardErrorOnly() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOf(OnFirstEvent.class);
        org.slf4j.Logger library = LoggerFactory.getLogger("org.example.Library");
        assertThat(library.isWarnEnabled()).isTrue();
        assertThat(library.isInfoEnabled()).isFalse();
        assertThat(library.isDebugEnabled()).isFalse();
    }

    @Test
    void aFreshContextIsConfiguredTheSameWay() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        assertThat(logging.configure(context)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        OnFirstEvent console = (OnFirstEvent) root.getAppender("STDERR");
        assertThat(console.made()).as("nothing is built before something is logged").isFalse();
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            context.getLogger("org.example.Library").info("不写");
            assertThat(console.made()).isFalse();
            context.getLogger("org.example.Library").warn("警告 {}", 1);
            context.getLogger("org.example.Library").error("错误");
        } finally {
            System.setErr(realErr);
            context.stop();
        }
        assertThat(console.made()).isTrue();
        String text = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("WARN", "org.example.Library - 警告 1", "ERROR", "错误").doesNotContain("不写");
    }
}
