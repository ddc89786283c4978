package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerLocationsTest {
    private static final Path HOME = Path.of("/home/wang");

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertThat(LedgerLocations.defaultLedger("Linux", HOME, Map.of()))
                .isEqualTo(Path.of("/home/wang/.local/share/rectification-ledger/ledger.zgtz"));
        assertThat(LedgerLocations.defaultLedger("Linux", HOME, Map.of("XDG_DATA_HOME", "/data/wang")))
                .isEqualTo(Path.of("/data/wang/rectification-ledger/ledger.zgtz"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(LedgerLocations.defaultLedger("Windows 10", HOME, Map.of("APPDATA", "/users/wang/AppData/Roaming")))
                .isEqualTo(Path.of("/users/wang/AppData/Roaming/rectification-ledger/ledger.zgtz"));
        assertThat(LedgerLocations.defaultLedger("Windows 11", HOME, Map.of()))
                .isEqualTo(HOME.resolve("AppData/Roaming/rectification-ledger/ledger.zgtz"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(LedgerLocations.defaultLedger("Mac OS X", HOME, Map.of()))
                .isEqualTo(Path.of("/home/wang/Library/Application Support/rectification-ledger/ledger.zgtz"));
    }

    @Test
    void whatBelongsToTheMachineStaysOutOfAWindowsRoamingProfile() {
        assertThat(LedgerLocations.localFolder("Windows 11", HOME, Map.of("LOCALAPPDATA", "/users/wang/AppData/Local",
                "APPDATA", "/users/wang/AppData/Roaming")))
                .isEqualTo(Path.of("/users/wang/AppData/Local/rectification-ledger"));
        assertThat(LedgerLocations.localFolder("Windows 11", HOME, Map.of()))
                .isEqualTo(HOME.resolve("AppData/Local/rectification-ledger"));
        assertThat(LedgerLocations.localFolder("Linux", HOME, Map.of()))
                .isEqualTo(HOME.resolve(".local/share/rectification-ledger"));
    }
}
