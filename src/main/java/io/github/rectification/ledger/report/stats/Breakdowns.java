package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Figures by problem category, lead department and responsible leader. Each group is a slice of the
 * ledger counted by {@link LedgerFigures#of}, so a group's rate follows the same rule as the total.
 */
public final class Breakdowns {
    static final String NO_CATEGORY = "未分类";
    static final String NO_DEPARTMENT = "未填牵头部门";
    static final String NO_LEADER = "未填责任领导";

    private Breakdowns() {
    }

    /** By problem category, in the order categories first appear; a sub-problem takes its parent's. */
    public static List<GroupFigures> byCategory(Ledger ledger, CountingRule rule, LocalDate today) {
        Map<Long, String> categoryOfProblem = categories(ledger.problems());
        return group(ledger, rule, today, m -> categoryOfProblem.getOrDefault(m.problemId(), NO_CATEGORY));
    }

    /** By lead department, in the order departments first appear in the ledger. */
    public static List<GroupFigures> byDepartment(Ledger ledger, CountingRule rule, LocalDate today) {
        return byDepartment(ledger, rule, today, DirectoryLookup.EMPTY);
    }

    /**
     * By lead department as the directory reads it, in the order departments first appear in the
     * ledger: a measure whose department is written by an alias (局办公室) counts under its department (办公室).
     */
    public static List<GroupFigures> byDepartment(Ledger ledger, CountingRule rule, LocalDate today,
            DirectoryLookup directory) {
        if (directory.isEmpty()) {
            return group(ledger, rule, today, Breakdowns::departmentOf);
        }
        Map<String, String> names = new HashMap<>();
        return group(ledger, rule, today, m -> names.computeIfAbsent(m.department() == null ? "" : m.department(),
                n -> orDefault(directory.canonical(n), NO_DEPARTMENT)));
    }

    /** The lead department a measure is counted under: its own, stripped, or 未填牵头部门. */
    public static String departmentOf(Measure m) {
        return orDefault(m.department(), NO_DEPARTMENT);
    }

    /**
     * The lead department a measure is counted under: the directory's department its name stands for,
     * else its own, stripped, or 未填牵头部门.
     */
    public static String departmentOf(Measure m, DirectoryLookup directory) {
        return departmentName(m.department(), directory);
    }

    /** The group a lead department written {@code written} is counted under, the directory reading it. */
    static String departmentName(String written, DirectoryLookup directory) {
        return orDefault(directory.canonical(written), NO_DEPARTMENT);
    }

    /** The group a responsible leader written {@code written} is counted under. */
    static String leaderName(String written) {
        return orDefault(written, NO_LEADER);
    }

    /** The group of a category (a problem's own or its nearest ancestor's, stripped; null for none). */
    static String categoryName(String category) {
        return category == null ? NO_CATEGORY : category;
    }

    /** By responsible leader, in the order leaders first appear in the ledger. */
    public static List<GroupFigures> byLeader(Ledger ledger, CountingRule rule, LocalDate today) {
        return group(ledger, rule, today, m -> leaderName(m.leader()));
    }

    /** The category each problem belongs to: its own, else the nearest ancestor's, else 未分类. */
    public static Map<Long, String> categories(List<Problem> problems) {
        Map<Long, Problem> byId = new HashMap<>();
        problems.forEach(p -> byId.put(p.id(), p));
        Map<Long, String> out = new HashMap<>();
        for (Problem p : problems) {
            String c = null;
            for (Problem q = p; q != null && c == null; q = q.parentId() == null ? null : byId.get(q.parentId())) {
                if (q.category() != null && !q.category().isBlank()) {
                    c = q.category().strip();
                }
            }
            out.put(p.id(), categoryName(c));
        }
        return out;
    }

    private static List<GroupFigures> group(Ledger ledger, CountingRule rule, LocalDate today,
            Function<Measure, String> key) {
        Set<String> names = new LinkedHashSet<>();
        for (Measure m : ledger.measures()) {
            names.add(key.apply(m));
        }
        List<GroupFigures> out = new ArrayList<>(names.size());
        for (String name : names) {
            Ledger slice = ledger.slice(m -> name.equals(key.apply(m)));
            out.add(new GroupFigures(name, LedgerFigures.of(slice, rule, today)));
        }
        return List.copyOf(out);
    }

    private static String orDefault(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s.strip();
    }
}
