package io.github.rectification.ledger.desktop;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Whether the window can open at all: on Linux and the other Unix systems JavaFX needs an X display
 * ({@code DISPLAY}; on a Wayland desktop XWayland sets it), and otherwise ends the start with a stack
 * trace; Windows and macOS always have one, and JavaFX's headless Monocle platform needs none.
 */
public final class WindowDisplay {
    private WindowDisplay() {
    }

    public static boolean available(String osName, Map<String, String> env, Properties system) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || monocle(system.getProperty("glass.platform"))
                || monocle(system.getProperty("javafx.platform"))) {
            return true;
        }
        String display = env.get("DISPLAY");
        return display != null && !display.isBlank();
    }

    private static boolean monocle(String platform) {
        return "monocle".equalsIgnoreCase(platform);
    }
}
