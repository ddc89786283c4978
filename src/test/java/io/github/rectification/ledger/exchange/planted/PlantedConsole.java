package io.github.rectification.ledger.exchange.planted;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: console output outside the command line. */
public final class PlantedConsole {
    public void say(String text) {
        System.out.println(text);
        System.err.println(text);
    }
}
