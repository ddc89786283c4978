package io.github.rectification.ledger.store.planted;

import java.sql.ResultSet;

/** Breaks a rule on purpose, for {@code ArchitectureRulesCatchTest}: a repository of the store that hands out SQL. */
public interface PlantedSqlRepository {
    ResultSet rows();
}
