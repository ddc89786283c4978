package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpCommandTest {
    @Test
    void helpAloneListsEveryCommandAsHelpOptionDoes() {
        CliRun help = CliRun.of("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).isEqualTo(CliRun.of("--help").out()).contains("import", "check", "help");
        assertThat(LedgerCli.isCommandLine(new String[] {"help"})).as("not a ledger file named help").isTrue();
    }

    @Test
    void helpOfACommandIsThatCommandsUsage() {
        CliRun help = CliRun.of("help", "import");
        assertThat(help.code()).isZero();
        assertThat(help.out()).isEqualTo(CliRun.of("import", "--help").out()).contains("--db", "--dry-run");
    }

    @Test
    void helpOfHelpSaysWhatItDoes() {
        for (String[] args : new String[][] {{"help", "help"}, {"help", "--help"}}) {
            CliRun help = CliRun.of(args);
            assertThat(help.code()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).contains("显示帮助", "COMMAND");
        }
    }

    @Test
    void helpOfAnUnknownCommandSaysSoAndListsTheCommands() {
        CliRun help = CliRun.of("help", "统计");
        assertThat(help.code()).isEqualTo(LedgerCli.USAGE);
        assertThat(help.err()).startsWith("没有这个命令：统计").contains("import");
        assertThat(help.out()).isEmpty();
    }
}
