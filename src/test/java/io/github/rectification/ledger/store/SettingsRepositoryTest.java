package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Setting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void everySettingOfTheCatalogueIsKeptAndReadBackAfterReopening() throws Exception {
        Path file = dir.resolve("ledger.zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            for (Setting<?> s : LedgerSettings.ALL) {
                putOther(store.settings(), s);
            }
        }
        try (LedgerStore store = LedgerStore.open(file)) {
            for (Setting<?> s : LedgerSettings.ALL) {
                assertThat(store.settings().holds(s)).as(s.key()).isTrue();
                assertThat(store.settings().get(s)).as(s.key()).isEqualTo(other(s.defaultValue()))
                        .isNotEqualTo(s.defaultValue());
            }
        }
    }

    @Test
    void aSettingTheLedgerDoesNotKeepReadsAsItsDefault() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.zgtz"))) {
            assertThat(store.settings().holds(LedgerSettings.STALE_DAYS)).isFalse();
            assertThat(store.settings().get(LedgerSettings.STALE_DAYS)).isEqualTo(30);
            assertThat(store.settings().holds(LedgerSettings.LEDGER_UID)).isTrue();
        }
    }

    private static <T> void putOther(SettingsRepository settings, Setting<T> s) {
        settings.put(s, other(s.defaultValue()));
    }

    /** A value of the same type as {@code value} and different from it. */
    @SuppressWarnings("unchecked")
    private static <T> T other(T value) {
        Object out;
        if (value instanceof String text) {
            out = text + "另一个值";
        } else if (value instanceof Integer n) {
            out = n + 7;
        } else if (value instanceof Long n) {
            out = n + 7;
        } else if (value instanceof Boolean b) {
            out = !b;
        } else if (value instanceof Enum<?> e) {
            Object[] all = e.getDeclaringClass().getEnumConstants();
            out = all[(e.ordinal() + 1) % all.length];
        } else {
            throw new AssertionError("a setting of a type this test does not know: " + value);
        }
        return (T) out;
    }
}
