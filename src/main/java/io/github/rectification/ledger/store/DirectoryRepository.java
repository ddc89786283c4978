package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.DirectoryLookup;
import java.util.List;
import java.util.Optional;

/** The directory of departments (机构名录). Every write is one transaction with its history. */
public interface DirectoryRepository {
    /** Two names that may mean one department: offered to the user, never merged without being asked. */
    record Suggestion(String name, String other, int measures, int otherMeasures) {
    }

    List<Department> all();

    /**
     * The directory as it is now, as one lookup read once: what the import, the statistics and
     * distribution read department names by. {@link DirectoryLookup#EMPTY} when the ledger has none.
     */
    default DirectoryLookup lookup() {
        return DirectoryLookup.of(all());
    }

    /** The department a name stands for: its name or one of its aliases, written alike. */
    default Optional<Department> resolve(String name) {
        return lookup().resolve(name);
    }

    /**
     * The name of the directory's department that {@code name} stands for (办公室 for 局办公室), or
     * {@code name} itself when the directory does not know it.
     */
    default String canonical(String name) {
        return lookup().canonical(name);
    }

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
