package io.github.rectification.ledger.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per batch job, sharing the store and the reports with the window. */
@Command(name = "rectification-ledger",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "整改台账 — 巡察整改台账的命令行。不带命令时启动图形界面。")
public final class LedgerCli {
    /**
     * The commands, in the order the help lists them. A run builds only the one it names (picocli
     * reads every option of every command it is given, a tenth of a second of each start); the help
     * of the program and an unknown command get them all.
     */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, StatsCommand.class, DumpCommand.class,
            ExportCommand.class, ReportCommand.class, NoticeCommand.class, ImportCommand.class, EditCommand.class,
            EvidenceCommand.class, CloseOutCommand.class, FollowUpCommand.class, DirectoryCommand.class,
            CheckCommand.class, DistributeCommand.class, ReturnsCommand.class, HelpCommand.class);

    /** Exit code for a usage error (unknown command, bad option). */
    public static final int USAGE = 2;
    /** Exit code for input that was refused; nothing was changed. */
    public static final int REJECTED = 3;
    /** Exit code for any other failure. */
    public static final int FAILED = 1;

    /**
     * Says on the console, for a start of the window without a display, that the window cannot open
     * and that the commands still run; returns the exit code.
     */
    public static int noWindow() {
        new PrintWriter(new OutputStreamWriter(System.err, consoleCharset()), true)
                .println(Messages.TEXTS.text("window.noDisplay"));
        return FAILED;
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return args[0].startsWith("-") || named(args[0]) != null;
    }

    /** The command called {@code name} (by its annotation's name or an alias), or null. */
    private static Class<?> named(String name) {
        for (Class<?> sub : COMMANDS) {
            Command c = sub.getAnnotation(Command.class);
            if (c.name().equals(name) || java.util.Arrays.asList(c.aliases()).contains(name)) {
                return sub;
            }
        }
        return null;
    }

    /** The commands a run of {@code args} needs: the one they name, else all. */
    static List<Class<?>> commandsFor(String[] args) {
        Class<?> named = args.length == 0 ? null : named(args[0]);
        // the help of a command needs the command
        return named == null || named == HelpCommand.class ? COMMANDS : List.of(named);
    }

    public static int run(String[] args) {
        return run(args, cl -> { });
    }

    /**
     * Runs a command printing to the console, with the commands {@code extend} adds beside the
     * program's own (the benchmarks, built apart from the application, add {@code bench}).
     */
    public static int run(String[] args, Consumer<CommandLine> extend) {
        Charset cs = consoleCharset();
        return run(args, new PrintWriter(new OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new OutputStreamWriter(System.err, cs), true), extend);
    }

    /**
     * UTF-8, so that JSON and Chinese text reach pipes and files intact whatever the locale; a
     * Windows console that announces its own code page (e.g. GBK) gets that instead.
     */
    static Charset consoleCharset() {
        String console = System.getProperty("sun.stdout.encoding");
        if (console != null && Charset.isSupported(console)) {
            return Charset.forName(console);
        }
        return StandardCharsets.UTF_8;
    }

    /** Runs a command with the given output streams; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, cl -> { });
    }

    /** Runs a command with the given output streams and the commands {@code extend} adds; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<CommandLine> extend) {
        CommandLine cl = new CommandLine(new LedgerCli());
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        // the help of the options that name a description key, in the language chosen for the program
        cl.setResourceBundle(Messages.TEXTS.bundle());
        HelpCommand.describe(cl);
        // added after the bundle, so that an added command keeps its own
        extend.accept(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        return cl.execute(args);
    }
}
