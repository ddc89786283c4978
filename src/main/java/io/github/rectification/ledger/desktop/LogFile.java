package io.github.rectification.ledger.desktop;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The window's log file, {@code logs/rectification-ledger.log} in the application folder (5 MB,
 * then rolled over to three older files). It receives warnings and errors of every part and the
 * application's own information lines (start, files opened). The About dialog shows where it is.
 * The file is opened by the first line written to it.
 */
public final class LogFile {
    public static final String NAME = "rectification-ledger.log";
    private static final String APP_LOGGER = "io.github.rectification.ledger";

    private LogFile() {
    }

    /** The log folder inside the application folder. */
    public static Path folder(Path appFolder) {
        return appFolder.resolve("logs");
    }

    /** Starts writing the log file in {@code folder}; returns the file. */
    public static Path install(Path folder) {
        Path file = folder.resolve(NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return file;
        }
        OnFirstEvent appender = new OnFirstEvent("FILE", () -> rollingFile(ctx, folder, file));
        appender.setContext(ctx);
        appender.start();

        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        Logger app = ctx.getLogger(APP_LOGGER);
        if (app.getLevel() == null || app.getLevel().isGreaterOrEqual(Level.INFO)) {
            app.setLevel(Level.INFO);
        }
        // the console keeps showing warnings only
        root.iteratorForAppenders().forEachRemaining(a -> {
            if (a != appender) {
                ch.qos.logback.classic.filter.ThresholdFilter f = new ch.qos.logback.classic.filter.ThresholdFilter();
                f.setLevel("WARN");
                f.start();
                a.addFilter(f);
            }
        });
        return file;
    }

    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext ctx, Path folder, Path file) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("FILE");
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("rectification-ledger.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /**
     * The log of a command-line run: everything the log file of {@link #install} receives goes
     * there and nothing to the console, whose standard error carries the command's own message
     * only. Falls back to the console when the log folder cannot be written.
     */
    public static Path installForCommandLine(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        Path file = install(folder);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
            var console = root.getAppender("STDERR");
            if (console != null && root.getAppender("FILE") != null) {
                root.detachAppender(console);
                console.stop();
            }
        }
        return file;
    }

    /** Stops writing the log file (tests). */
    static void remove() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender("FILE");
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
    }
}
