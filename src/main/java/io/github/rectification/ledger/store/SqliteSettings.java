package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Setting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The settings of a SQLite ledger: one row of {@code ledger_setting} a key, its value as text. */
final class SqliteSettings implements SettingsRepository {
    private final Database db;

    SqliteSettings(Database db) {
        this.db = db;
    }

    @Override
    public <T> T get(Setting<T> setting) {
        return stored(setting).map(setting::parse).orElse(setting.defaultValue());
    }

    @Override
    public <T> void put(Setting<T> setting, T value) {
        String text = setting.format(value);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, setting.key());
                ps.setString(2, text);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean holds(Setting<?> setting) {
        return stored(setting).isPresent();
    }

    @Override
    public void setCountingRule(CountingRule rule) {
        db.inTransaction(c -> {
            put(LedgerSettings.COUNTING_BASIS, rule.basis());
            put(LedgerSettings.COUNTING_LONG_TERM_DONE, rule.longTermCountsAsDone());
            put(LedgerSettings.COUNTING_DONE_WHEN, rule.doneWhen());
            return null;
        });
    }

    private Optional<String> stored(Setting<?> setting) {
        return db.read(c -> stored(c, setting.key()));
    }

    private static Optional<String> stored(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM ledger_setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
