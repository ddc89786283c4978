package io.github.rectification.ledger.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a file with the program the system uses for its kind (a PDF reader, a picture viewer, WPS
 * or Excel), through the application's host services ({@code HostServices.showDocument}), given
 * once when the application starts.
 */
public final class SystemViewer {
    private static volatile Consumer<String> host;

    private SystemViewer() {
    }

    /** What opens a document by its URI: the application's host services, set when it starts. */
    public static void install(Consumer<String> showDocument) {
        host = showDocument;
    }

    /** Asks the system to open the file; false when no application was started to ask. */
    public static boolean open(Path file) {
        Consumer<String> h = host;
        if (h == null) {
            return false;
        }
        h.accept(file.toUri().toString());
        return true;
    }
}
