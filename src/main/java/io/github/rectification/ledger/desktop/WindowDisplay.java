package io.github.rectification.ledger.desktop;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the window can open at all: on Linux and the other Unix systems it needs an X or Wayland
 * display (JavaFX otherwise ends the start with a stack trace); Windows and macOS always have one,
 * and JavaFX's headless Monocle platform needs none.
 */
public final class WindowDisplay {
    private WindowDisplay() {
    }

    public static boolean available(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return set(env.get("DISPLAY")) || set(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
