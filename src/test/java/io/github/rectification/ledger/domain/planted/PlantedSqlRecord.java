package io.github.rectification.ledger.domain.planted;

import io.github.rectification.ledger.store.LedgerStore;
import java.sql.ResultSet;

/** Breaks two rules on purpose, for {@code ArchitectureRulesCatchTest}: SQL and the store in the domain. */
public final class PlantedSqlRecord {
    public String name(ResultSet rs, LedgerStore store) throws java.sql.SQLException {
        return rs.getString(1) + store;
    }
}
