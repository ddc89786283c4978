package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerSettingsTest {
    @Test
    void everySettingOfTheCatalogueIsListedOnce() throws Exception {
        List<Setting<?>> constants = new ArrayList<>();
        for (Field f : LedgerSettings.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Setting.class) {
                constants.add((Setting<?>) f.get(null));
            }
        }
        assertThat(LedgerSettings.ALL).containsExactlyInAnyOrderElementsOf(constants).doesNotHaveDuplicates();
    }

    @Test
    void noTwoSettingsShareAKey() {
        assertThat(LedgerSettings.ALL.stream().map(Setting::key).toList()).doesNotHaveDuplicates();
    }

    @Test
    void eachDefaultIsWrittenAndReadBackAsItself() {
        for (Setting<?> s : LedgerSettings.ALL) {
            assertThat(roundTrip(s, s.defaultValue())).as(s.key()).isEqualTo(s.defaultValue());
        }
    }

    @Test
    void aNumberOfBackupsThatIsNoNumberReadsAsTheDefault() {
        assertThat(LedgerSettings.BACKUPS_KEEP.parse("twenty")).isEqualTo(LedgerSettings.BACKUPS_KEEP.defaultValue());
        assertThat(LedgerSettings.BACKUPS_KEEP.parse(" 0 ")).isEqualTo(1);
    }

    private static <T> T roundTrip(Setting<T> s, Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return s.parse(s.format(typed));
    }
}
