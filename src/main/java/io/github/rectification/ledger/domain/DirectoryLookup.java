package io.github.rectification.ledger.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directory of departments (机构名录) as one lookup, read once: which department a name stands
 * for, by the department's name or one of its aliases, written alike ({@link DepartmentNames#same}).
 * The one definition the import, the statistics, distribution and the quality check read a
 * department name by; immutable (its cache of names looked up is safe to share), so it can be handed
 * to a thread that does not own the store.
 */
public final class DirectoryLookup {
    /** A ledger without a directory: every name stands for itself. */
    public static final DirectoryLookup EMPTY = new DirectoryLookup(List.of());

    private final List<Department> departments;
    private final Map<String, Department> byKey = new HashMap<>();
    /** The names looked up so far, as written: a ledger writes few names many times. */
    private final Map<String, Optional<Department>> seen = new ConcurrentHashMap<>();

    private DirectoryLookup(List<Department> departments) {
        this.departments = List.copyOf(departments);
        // in the directory's order, a department's name before its aliases: the first to claim a name keeps it
        for (Department d : this.departments) {
            put(d.name(), d);
            d.aliases().forEach(a -> put(a, d));
        }
    }

    private void put(String name, Department d) {
        String key = DepartmentNames.key(name);
        if (!key.isEmpty()) {
            byKey.putIfAbsent(key, d);
        }
    }

    /** The lookup of these departments. */
    public static DirectoryLookup of(List<Department> departments) {
        Objects.requireNonNull(departments, "departments");
        return departments.isEmpty() ? EMPTY : new DirectoryLookup(departments);
    }

    /** True when the directory holds no department. */
    public boolean isEmpty() {
        return departments.isEmpty();
    }

    /** The departments, in the directory's order. */
    public List<Department> departments() {
        return departments;
    }

    /** The department a name stands for: its name or one of its aliases, written alike. */
    public Optional<Department> resolve(String name) {
        if (name == null || byKey.isEmpty()) {
            return Optional.empty();
        }
        return seen.computeIfAbsent(name, n -> Optional.ofNullable(byKey.get(DepartmentNames.key(n))));
    }

    /**
     * The name a department is counted and stored under: the directory's name of the department
     * {@code name} stands for; a name the directory does not know is returned as it is.
     */
    public String canonical(String name) {
        return resolve(name).map(Department::name).orElse(name);
    }

    /**
     * The names as the directory reads them, each once: a list naming one department twice (办公室
     * and 局办公室) names it once.
     */
    public List<String> canonical(List<String> names) {
        if (byKey.isEmpty() || names.isEmpty()) {
            return names;
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(canonical(n)));
        return List.copyOf(out);
    }

    /**
     * True when two names stand for one department of the directory; names the directory does not
     * know are the same only as the same text (without surrounding blanks), as without a directory.
     */
    public boolean same(String a, String b) {
        Optional<Department> da = resolve(a);
        Optional<Department> db = resolve(b);
        if (da.isPresent() || db.isPresent()) {
            return da.isPresent() && db.isPresent() && da.get().name().equals(db.get().name());
        }
        return strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** True when two lists of names stand for the same departments in the same order. */
    public boolean same(List<String> a, List<String> b) {
        List<String> x = canonical(a == null ? List.of() : a);
        List<String> y = canonical(b == null ? List.of() : b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!same(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Two lookups of the same departments are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryLookup other && departments.equals(other.departments);
    }

    @Override
    public int hashCode() {
        return departments.hashCode();
    }
}
