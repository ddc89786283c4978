package io.github.rectification.ledger.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowDisplayTest {
    @Test
    void linuxNeedsAnXOrWaylandDisplay() {
        assertThat(WindowDisplay.available("Linux", Map.of(), null)).isFalse();
        assertThat(WindowDisplay.available("Linux", Map.of("DISPLAY", " "), null)).isFalse();
        assertThat(WindowDisplay.available("Linux", Map.of("DISPLAY", ":99"), null)).isTrue();
        assertThat(WindowDisplay.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
        assertThat(WindowDisplay.available("FreeBSD", Map.of(), null)).isFalse();
    }

    @Test
    void windowsMacAndTheHeadlessPlatformAlwaysHaveOne() {
        assertThat(WindowDisplay.available("Windows 10", Map.of(), null)).isTrue();
        assertThat(WindowDisplay.available("Mac OS X", Map.of(), null)).isTrue();
        assertThat(WindowDisplay.available("Linux", Map.of(), "Monocle")).isTrue();
    }
}
