package io.github.rectification.ledger.domain;

/**
 * Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: a setting named outside
 * {@link LedgerSettings}. It sits in the domain's package because only there may a setting be made.
 */
public final class PlantedSettingKey {
    public static final Setting<String> STRAY = new Setting<>("stray.key", "", v -> v, v -> v);

    private PlantedSettingKey() {
    }
}
