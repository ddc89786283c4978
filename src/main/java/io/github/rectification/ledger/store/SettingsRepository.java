package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Setting;

/**
 * The settings a ledger keeps about itself, by the typed constants of {@link LedgerSettings}: a
 * caller never spells a key and always gets a value, the setting's default when the ledger keeps
 * none. Every write is one transaction.
 */
public interface SettingsRepository {
    /** The value the ledger keeps for {@code setting}, or its default when it keeps none. */
    <T> T get(Setting<T> setting);

    /** Keeps {@code value} for {@code setting}, replacing what was kept. */
    <T> void put(Setting<T> setting, T value);

    /** True when the ledger keeps a value of its own for {@code setting}, not just its default. */
    boolean holds(Setting<?> setting);

    /** The counting rule stored in this ledger, or the default: three settings read together. */
    default CountingRule countingRule() {
        return new CountingRule(get(LedgerSettings.COUNTING_BASIS), get(LedgerSettings.COUNTING_LONG_TERM_DONE),
                get(LedgerSettings.COUNTING_DONE_WHEN));
    }

    /** Keeps the counting rule, its three settings in one transaction. */
    void setCountingRule(CountingRule rule);
}
