package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.DepartmentNames;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Measure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link DirectoryRepository} in the ledger's SQLite file, tables {@code department} and {@code department_alias}. */
final class SqliteDirectory implements DirectoryRepository {
    private final Database db;
    private final LedgerStore store;

    SqliteDirectory(Database db, LedgerStore store) {
        this.db = db;
        this.store = store;
    }

    @Override
    public List<Department> all() {
        return db.read(SqliteDirectory::read);
    }

    private static List<Department> read(Connection c) throws SQLException {
        if (!Tables.exists(c, "department")) {
            return new ArrayList<>();
        }
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT department_id, alias FROM department_alias ORDER BY alias");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Department> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, contact, email FROM department ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Department(rs.getLong(1), rs.getString(2), aliases.getOrDefault(rs.getLong(1), List.of()),
                        rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    /** Every department name the ledger writes, with how many measures name it. */
    private Map<String, Integer> ledgerNames() {
        Map<String, Integer> out = new LinkedHashMap<>();
        store.inspections().departments().forEach((name, n) -> {
            if (name != null && !name.isBlank()) {
                out.merge(name.strip(), n, Integer::sum);
            }
        });
        for (Measure m : store.inspections().snapshot().measures()) {
            for (String s : m.supportingDepartments()) {
                if (!s.isBlank()) {
                    out.merge(s.strip(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    @Override
    public List<Department> buildFromLedger() {
        Map<String, Integer> names = ledgerNames();
        return store.logged((c, log) -> {
            List<Department> known = read(c);
            DirectoryLookup lookup = DirectoryLookup.of(known);
            List<Department> added = new ArrayList<>();
            for (String name : names.keySet()) {
                if (lookup.resolve(name).isEmpty()) {
                    Department d = insert(c, log, name);
                    known.add(d);
                    added.add(d);
                    lookup = DirectoryLookup.of(known);
                }
            }
            return added;
        });
    }

    private static Department insert(Connection c, ChangeLog log, String name) throws SQLException {
        String uid = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO department (uid, name) VALUES (?, ?)")) {
            ps.setString(1, uid);
            ps.setString(2, name);
            ps.executeUpdate();
        }
        long id;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            id = rs.getLong(1);
        }
        log.field(ChangeAction.ADD, "department", id, uid, null, null, null, name);
        return new Department(id, name, List.of(), "", "");
    }

    @Override
    public Department update(Department d) {
        return store.logged((c, log) -> {
            List<Department> all = read(c);
            DirectoryLookup lookup = DirectoryLookup.of(all);
            Department before = all.stream().filter(x -> x.id() == d.id()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no department " + d.id()));
            Set<String> aliases = new LinkedHashSet<>();
            for (String a : d.aliases()) {
                String alias = a.strip();
                if (alias.isEmpty() || DepartmentNames.same(alias, before.name())) {
                    continue;
                }
                Optional<Department> taken = lookup.resolve(alias);
                if (taken.isPresent() && taken.get().id() != d.id()) {
                    throw new IllegalArgumentException(Messages.TEXTS.text("directory.aliasTaken", alias, taken.get().name()));
                }
                aliases.add(alias);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM department_alias WHERE department_id = ?")) {
                ps.setLong(1, d.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO department_alias (alias, department_id) VALUES (?, ?)")) {
                for (String a : aliases) {
                    ps.setString(1, a);
                    ps.setLong(2, d.id());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE department SET contact = ?, email = ? WHERE id = ?")) {
                ps.setString(1, d.contact().strip());
                ps.setString(2, d.email().strip());
                ps.setLong(3, d.id());
                ps.executeUpdate();
            }
            Department after = new Department(d.id(), before.name(), List.copyOf(aliases), d.contact().strip(),
                    d.email().strip());
            String uid = uid(c, d.id());
            logChange(log, d.id(), uid, "aliases", String.join("、", before.aliases()), String.join("、", after.aliases()));
            logChange(log, d.id(), uid, "contact", before.contact(), after.contact());
            logChange(log, d.id(), uid, "email", before.email(), after.email());
            return after;
        });
    }

    private static void logChange(ChangeLog log, long id, String uid, String field, String before, String after)
            throws SQLException {
        if (!before.equals(after)) {
            log.field(ChangeAction.UPDATE, "department", id, uid, null, field, before, after);
        }
    }

    private static String uid(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM department WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Override
    public List<Suggestion> suggestions() {
        List<Department> all = all();
        DirectoryLookup lookup = DirectoryLookup.of(all);
        Map<String, Integer> counts = ledgerNames();
        Map<String, Integer> names = new LinkedHashMap<>();
        all.forEach(d -> names.put(d.name(), 0));
        counts.forEach((n, k) -> {
            Optional<Department> d = lookup.resolve(n);
            names.merge(d.map(Department::name).orElse(n), k, Integer::sum);
        });
        List<String> list = new ArrayList<>(names.keySet());
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                String a = list.get(i);
                String b = list.get(j);
                if (DepartmentNames.looksAlike(a, b)) {
                    out.add(new Suggestion(a, b, names.get(a), names.get(b)));
                }
            }
        }
        return out;
    }

    @Override
    public Department merge(String keep, String other) {
        DirectoryLookup lookup = lookup();
        Department k = lookup.resolve(keep).orElseThrow(() -> new IllegalArgumentException(Messages.TEXTS.text("directory.notListed", keep)));
        Optional<Department> o = lookup.resolve(other);
        if (o.isPresent() && o.get().id() == k.id()) {
            return k;
        }
        List<String> aliases = new ArrayList<>(k.aliases());
        aliases.add(o.map(Department::name).orElse(other.strip()));
        o.ifPresent(x -> aliases.addAll(x.aliases()));
        return store.logged((c, log) -> {
            if (o.isPresent()) {
                String gone = uid(c, o.get().id());
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM department WHERE id = ?")) {
                    ps.setLong(1, o.get().id());
                    ps.executeUpdate();
                }
                log.field(ChangeAction.REMOVE, "department", o.get().id(), gone, null, null, o.get().name(), null);
            }
            String contact = k.contact().isEmpty() ? o.map(Department::contact).orElse("") : k.contact();
            String email = k.email().isEmpty() ? o.map(Department::email).orElse("") : k.email();
            return update(new Department(k.id(), k.name(), aliases, contact, email));
        });
    }
}
