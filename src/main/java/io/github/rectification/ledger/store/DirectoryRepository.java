package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Department;
import java.util.List;
import java.util.Optional;

/** The directory of departments (机构名录). Every write is one transaction with its history. */
public interface DirectoryRepository {
    /** Two names that may mean one department: offered to the user, never merged without being asked. */
    record Suggestion(String name, String other, int measures, int otherMeasures) {
    }

    List<Department> all();

    /** The department a name stands for: its name or one of its aliases, written alike. */
    Optional<Department> resolve(String name);

    /**
     * Adds every lead and supporting department the ledger names that the directory does not resolve
     * yet, names that are the same once written alike as one; returns those added.
     */
    List<Department> buildFromLedger();

    /**
     * Sets a department's aliases, contact and e-mail.
     *
     * @throws IllegalArgumentException when an alias is another department's name or alias
     */
    Department update(Department d);

    /** Pairs of names (in the directory or the ledger) that look alike but are different departments. */
    List<Suggestion> suggestions();

    /**
     * Takes {@code other} into {@code keep} as one of its aliases, with the other's own aliases; the
     * other's contact and e-mail fill the ones {@code keep} lacks. The ledger's measures keep their text.
     */
    Department merge(String keep, String other);
}
