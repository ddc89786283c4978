package io.github.rectification.ledger.desktop;

/**
 * The lines a start-up benchmark reads from standard output when the window is shown and when the
 * ledger's tree is in it, asked for with the system property {@value #PROPERTY}; the only console
 * output of the window's process.
 */
public final class StartupReport {
    public static final String PROPERTY = "ledger.startup.report";

    private StartupReport() {
    }

    /** True when a benchmark asked for the report. */
    public static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** True when the benchmark also asked the window to close once its tree is shown. */
    public static boolean exitWanted() {
        return Boolean.getBoolean(PROPERTY + ".exit");
    }

    /** Prints the moment the window was shown. */
    public static void windowShown() {
        System.out.println("window-shown-at-ms=" + System.currentTimeMillis());
    }

    /** Prints the moment the ledger's tree was in the shown window (or the window had none to show). */
    public static void treeShown() {
        System.out.println("tree-shown-at-ms=" + System.currentTimeMillis());
    }
}
