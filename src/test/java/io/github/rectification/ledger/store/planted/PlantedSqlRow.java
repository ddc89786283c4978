package io.github.rectification.ledger.store.planted;

import java.sql.Timestamp;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: a record of the store holding a SQL type. */
public record PlantedSqlRow(Timestamp at) {
}
