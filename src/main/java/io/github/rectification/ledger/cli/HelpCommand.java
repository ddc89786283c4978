package io.github.rectification.ledger.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code help} and {@code help COMMAND}: the help of the program, or of one of its commands. Its
 * description is the bundle's {@code help.description} ({@link #describe}).
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true)
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "COMMAND", descriptionKey = "help.command")
    String command;

    private CommandLine program;
    private PrintWriter out;
    private PrintWriter err;
    private ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.program = helpCommandLine.getParent();
        this.colors = colorScheme;
        this.out = outWriter;
        this.err = errWriter;
    }

    /** Gives the help command of {@code program}, when it has one, its description in the program's language. */
    static void describe(CommandLine program) {
        CommandLine help = program.getSubcommands().get("help");
        if (help != null) {
            help.getCommandSpec().usageMessage().description(Messages.TEXTS.text("help.description"));
        }
    }

    @Override
    public Integer call() {
        if (command == null) {
            program.usage(out, colors);
            return 0;
        }
        CommandLine sub = program.getSubcommands().get(command);
        if (sub == null) {
            err.println(Messages.TEXTS.text("help.unknown", command));
            program.usage(err, colors);
            return LedgerCli.USAGE;
        }
        sub.usage(out, colors);
        return 0;
    }
}
