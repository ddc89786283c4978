package io.github.rectification.ledger.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the project version), or "dev" when run from classes. */
final class Version implements IVersionProvider {
    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"整改台账 rectification-ledger " + current()};
    }
}
