package io.github.rectification.ledger.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesTest {
    @TempDir
    Path dir;
    Preferences node = Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID());
    UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersTheWindowUnlessMaximized() {
        assertThat(prefs.windowBounds()).isNull();
        prefs.storeWindow(10, 20, 1000, 700, false);
        assertThat(new UiPreferences(node).windowBounds()).containsExactly(10, 20, 1000, 700);
        prefs.storeWindow(0, 0, 1920, 1080, true);
        assertThat(prefs.windowMaximized()).isTrue();
        assertThat(prefs.windowBounds()).containsExactly(10, 20, 1000, 700);
    }

    @Test
    void recentFilesNewestFirstWithoutDuplicatesOrMissingFiles() throws Exception {
        Path[] files = new Path[UiPreferences.RECENT_LIMIT + 2];
        for (int i = 0; i < files.length; i++) {
            files[i] = Files.createFile(dir.resolve("台账" + i + ".zgtz"));
            prefs.addRecentFile(files[i]);
        }
        prefs.addRecentFile(files[5]);
        assertThat(prefs.recentFiles()).hasSize(UiPreferences.RECENT_LIMIT).first().isEqualTo(files[5]);
        assertThat(prefs.recentFiles()).doesNotHaveDuplicates().doesNotContain(files[0], files[1]);
        Files.delete(files[9]);
        assertThat(prefs.recentFiles()).doesNotContain(files[9]).hasSize(UiPreferences.RECENT_LIMIT - 1);
    }
}
