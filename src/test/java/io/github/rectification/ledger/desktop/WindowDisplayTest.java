package io.github.rectification.ledger.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WindowDisplayTest {
    private static Properties with(String key, String value) {
        Properties p = new Properties();
        if (key != null) {
            p.setProperty(key, value);
        }
        return p;
    }

    @Test
    void linuxNeedsAnXDisplay() {
        Properties none = with(null, null);
        assertThat(WindowDisplay.available("Linux", Map.of(), none)).isFalse();
        assertThat(WindowDisplay.available("Linux", Map.of("DISPLAY", " "), none)).isFalse();
        assertThat(WindowDisplay.available("Linux", Map.of("DISPLAY", ":99"), none)).isTrue();
        // JavaFX on Linux speaks X only; a Wayland desktop gives it XWayland's DISPLAY
        assertThat(WindowDisplay.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), none)).isFalse();
        assertThat(WindowDisplay.available("FreeBSD", Map.of(), none)).isFalse();
    }

    @Test
    void windowsMacAndTheHeadlessPlatformAlwaysHaveOne() {
        Properties none = with(null, null);
        assertThat(WindowDisplay.available("Windows 10", Map.of(), none)).isTrue();
        assertThat(WindowDisplay.available("Mac OS X", Map.of(), none)).isTrue();
        assertThat(WindowDisplay.available("Linux", Map.of(), with("glass.platform", "Monocle"))).isTrue();
        assertThat(WindowDisplay.available("Linux", Map.of(), with("javafx.platform", "monocle"))).isTrue();
    }
}
