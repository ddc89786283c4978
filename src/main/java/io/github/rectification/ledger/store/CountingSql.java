package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.ProgressWords;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.domain.WarningBands;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures and the quality checks counted by SQLite instead of from a snapshot, so that a ledger
 * of 100,000 measures is counted without reading its measures into memory. Each SQL expression is
 * built from the domain's own rule where the rule is a choice over a few values (which statuses are
 * unfinished, which count as done under a counting rule, what white space is) and restates it where
 * it compares columns (a deadline before a day); {@code SqlFiguresTest} and {@code SqlFindingsTest}
 * hold every figure and finding to the domain's answer on sample and random ledgers.
 *
 * <p>Only the measures of the problems a snapshot holds are counted: problems reached from an
 * inspection's top level, each sub-problem under a parent of the same inspection, in display order.
 */
final class CountingSql {
    /** Every character {@link Character#isWhitespace} (what {@link String#isBlank} and {@link String#strip} drop). */
    static final String WHITE_SPACE = whiteSpace();

    private static final long SHIFT = 4294967296L;

    private CountingSql() {
    }

    private static String whiteSpace() {
        StringBuilder sb = new StringBuilder();
        for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
            if (Character.isWhitespace(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A string literal of SQL. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** {@code column} stripped as {@link String#strip} strips it. */
    static String stripped(String column) {
        return "trim(" + column + ", " + literal(WHITE_SPACE) + ")";
    }

    /**
     * True when {@code column} is blank as {@link String#isBlank} says: empty, or white space from its
     * first character on (the first character read alone rules out most values without trimming them).
     */
    static String blank(String column) {
        return "(" + column + " = '' OR (" + startsWithWhiteSpace(column) + " AND " + stripped(column) + " = ''))";
    }

    /** True when the first character of {@code column} is white space; null when it is empty. */
    private static String startsWithWhiteSpace(String column) {
        return "unicode(" + column + ") IN (" + WHITE_SPACE.chars().mapToObj(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The statuses in SQL for which {@link Measure#unfinished()} is true. */
    static String unfinished() {
        return "m.status IN (" + java.util.Arrays.stream(Status.values())
                .filter(s -> Measure.draft(0, "").withStatus(s).unfinished())
                .map(s -> literal(s.code())).collect(Collectors.joining(", ")) + ")";
    }

    /** True when the measure is struck off (已销号); false in a ledger older than the close-out register. */
    private static String struckOff(boolean register) {
        return register ? "m.uid IN (SELECT measure_uid FROM closeout WHERE state = "
                + literal(CloseOutState.CLOSED.code()) + ")" : "0";
    }

    /** {@link CountingRule#countsAsDone} in SQL, status by status. */
    static String countsAsDone(CountingRule rule, boolean register) {
        StringBuilder sb = new StringBuilder("CASE m.status");
        for (Status s : Status.values()) {
            boolean plain = rule.countsAsDone(s, false);
            boolean struck = rule.countsAsDone(s, true);
            String v = plain == struck ? (plain ? "1" : "0")
                    : struck ? "(" + struckOff(register) + ")" : "NOT (" + struckOff(register) + ")";
            sb.append(" WHEN ").append(literal(s.code())).append(" THEN ").append(v);
        }
        return sb.append(" ELSE 0 END").toString();
    }

    /** {@link Measure#overdue(LocalDate)}: unfinished, and a deadline date before {@code day}. */
    static String overdue(LocalDate day) {
        return "(" + unfinished() + " AND m.deadline_kind = " + literal(DeadlineKind.DATE.code())
                + " AND m.deadline_date < " + literal(day.toString()) + ")";
    }

    /**
     * The problems a snapshot holds, as {@code ranked(id, parent_id, inspection_id, r)} with {@code r}
     * their rank in display order: inspections by order, each problem followed by its sub-problems.
     */
    static String ranked() {
        String order = "printf('%011d%011d', ";
        String category = "nullif(" + stripped("p.category") + ", '')";
        return "WITH RECURSIVE tree(id, parent_id, inspection_id, path, category) AS ("
                + "SELECT p.id, p.parent_id, p.inspection_id, " + order + "i.sort_order + " + SHIFT + ", i.id) || "
                + order + "p.sort_order + " + SHIFT + ", p.id), " + category
                + " FROM problem p JOIN inspection i ON i.id = p.inspection_id WHERE p.parent_id IS NULL"
                + " UNION ALL SELECT p.id, p.parent_id, p.inspection_id, t.path || " + order + "p.sort_order + " + SHIFT
                + ", p.id), coalesce(" + category + ", t.category) FROM problem p JOIN tree t ON p.parent_id = t.id"
                + " AND p.inspection_id = t.inspection_id),"
                + " ranked AS MATERIALIZED (SELECT id, parent_id, inspection_id, category,"
                + " row_number() OVER (ORDER BY path) AS r FROM tree) ";
    }

    /** The deadline band of {@link WarningBands#bandOf} in SQL: unfinished, a date, within the band's days. */
    static String band(WarningBand band, WarningBands bands, LocalDate day) {
        String dated = "(" + unfinished() + " AND m.deadline_kind = " + literal(DeadlineKind.DATE.code());
        String today = literal(day.toString());
        String dueSoon = literal(day.plusDays(bands.dueSoonDays()).toString());
        String upcoming = literal(day.plusDays(bands.upcomingDays()).toString());
        return dated + switch (band) {
            case OVERDUE -> " AND m.deadline_date < " + today;
            case DUE_SOON -> " AND m.deadline_date >= " + today + " AND m.deadline_date <= " + dueSoon;
            case UPCOMING -> " AND m.deadline_date > " + dueSoon + " AND m.deadline_date <= " + upcoming;
        } + ")";
    }

    /** Any of the deadline bands. */
    static String warned(WarningBands bands, LocalDate day) {
        return "(" + java.util.Arrays.stream(WarningBand.values()).map(b -> band(b, bands, day))
                .collect(Collectors.joining(" OR ")) + ")";
    }

    /** The raw key of a grouping, of a measure {@code m} of the problem {@code r}. */
    private static String key(Grouping g) {
        return switch (g) {
            case CATEGORY -> "coalesce(r.category, '')";
            case DEPARTMENT -> "m.department";
            case LEADER -> "m.leader";
        };
    }

    /**
     * The group's name of a measure in SQL: its raw key, or the name {@code name} gives the key where
     * that differs (a blank department, one written with spaces or by an alias); the raw keys the
     * measures have are read first (an empty category for none, which {@code name} reads as null).
     */
    private static String named(Connection c, Grouping g, java.util.function.UnaryOperator<String> name)
            throws SQLException {
        StringBuilder renamed = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement(ranked() + "SELECT DISTINCT " + key(g)
                + " FROM measure m JOIN ranked r ON r.id = m.problem_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String raw = rs.getString(1);
                String to = name.apply(g == Grouping.CATEGORY && raw.isEmpty() ? null : raw);
                if (!to.equals(raw)) {
                    renamed.append(" WHEN ").append(literal(raw)).append(" THEN ").append(literal(to));
                }
            }
        }
        return renamed.length() == 0 ? key(g) : "CASE " + key(g) + renamed + " ELSE " + key(g) + " END";
    }

    /**
     * The measures counted group by group under {@code rule} on {@code day}, in the order the groups
     * first appear in the ledger (display order).
     */
    static List<GroupCounts> groups(Connection c, Grouping g, java.util.function.UnaryOperator<String> name,
            CountingRule rule, LocalDate day, WarningBands bands) throws SQLException {
        boolean register = Tables.exists(c, "closeout");
        StringBuilder sums = new StringBuilder();
        StringBuilder totals = new StringBuilder();
        for (Status s : Status.values()) {
            sums.append(", sum(m.status = ").append(literal(s.code())).append(") AS s_").append(s.code());
            totals.append(", sum(s_").append(s.code()).append(")");
        }
        for (WarningBand b : WarningBand.values()) {
            sums.append(", sum(").append(band(b, bands, day)).append(") AS w_").append(b.code());
            totals.append(", sum(w_").append(b.code()).append(")");
        }
        String sql = ranked() + ", per AS (SELECT " + named(c, g, name) + " AS k, m.problem_id, min(r.r) AS pr,"
                + " min(m.sort_order * " + SHIFT + " + m.id) AS first, count(*) AS n" + sums
                + ", sum(" + countsAsDone(rule, register) + ") AS done, sum(" + unfinished() + ") AS open"
                + ", sum(" + overdue(day) + ") AS late FROM measure m CROSS JOIN ranked r ON r.id = m.problem_id"
                + " GROUP BY k, m.problem_id)"
                + " SELECT k, min(pr) AS fr, first, count(*), sum(n)" + totals + ", sum(done), sum(done = n),"
                + " sum(open > 0), sum(open), sum(late) FROM per GROUP BY k ORDER BY fr, first";
        List<GroupCounts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int k = 4;
                String groupName = rs.getString(1);
                int problems = rs.getInt(k++);
                int measures = rs.getInt(k++);
                Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
                for (Status s : Status.values()) {
                    byStatus.put(s, rs.getInt(k++));
                }
                Map<WarningBand, Integer> warnings = new EnumMap<>(WarningBand.class);
                for (WarningBand b : WarningBand.values()) {
                    warnings.put(b, rs.getInt(k++));
                }
                out.add(new GroupCounts(groupName, problems, measures, byStatus, rs.getInt(k++), rs.getInt(k++),
                        rs.getInt(k++), rs.getInt(k++), rs.getInt(k), warnings));
            }
        }
        return out;
    }

    /**
     * The names of the groups with deadline warnings, in the order of the warnings (by deadline, ties
     * in display order) as {@link io.github.rectification.ledger.domain.DeadlineWarning#of} lists them.
     */
    static List<String> warnedGroups(Connection c, Grouping g, java.util.function.UnaryOperator<String> name,
            WarningBands bands, LocalDate day) throws SQLException {
        String sql = ranked() + "SELECT " + named(c, g, name) + " AS k, min(printf('%s%011d%011d%011d',"
                + " m.deadline_date, r.r, m.sort_order + " + SHIFT + ", m.id)) AS first FROM measure m"
                + " CROSS JOIN ranked r ON r.id = m.problem_id"
                + " WHERE " + warned(bands, day) + " GROUP BY k ORDER BY first";
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The ids of the first {@code limit} measures with deadline warnings (negative: all), most urgent first. */
    static List<Long> warnings(Connection c, WarningBands bands, LocalDate day, int limit) throws SQLException {
        return ids(c, ranked() + "SELECT m.id FROM measure m JOIN ranked r ON r.id = m.problem_id WHERE "
                + warned(bands, day) + " ORDER BY m.deadline_date, r.r, m.sort_order, m.id LIMIT " + limit);
    }

    static MeasureCounts counts(Connection c, CountingRule rule, LocalDate day) throws SQLException {
        boolean register = Tables.exists(c, "closeout");
        StringBuilder sums = new StringBuilder();
        StringBuilder totals = new StringBuilder();
        for (Status s : Status.values()) {
            sums.append(", sum(m.status = ").append(literal(s.code())).append(") AS s_").append(s.code());
            totals.append(", coalesce(sum(s_").append(s.code()).append("), 0)");
        }
        String sql = ranked() + ", per AS MATERIALIZED (SELECT m.problem_id, count(*) AS n" + sums
                + ", sum(" + countsAsDone(rule, register) + ") AS done, sum(" + unfinished() + ") AS open"
                + ", sum(" + overdue(day) + ") AS late FROM measure m WHERE m.problem_id IN (SELECT id FROM ranked)"
                + " GROUP BY m.problem_id)"
                + " SELECT (SELECT count(*) FROM inspection),"
                + " (SELECT count(*) FROM ranked WHERE id IN (SELECT problem_id FROM per)"
                + " OR id NOT IN (SELECT parent_id FROM ranked WHERE parent_id IS NOT NULL)),"
                + " coalesce(sum(n), 0)" + totals + ", coalesce(sum(done), 0), coalesce(sum(done = n), 0),"
                + " coalesce(sum(open > 0), 0), coalesce(sum(open), 0), coalesce(sum(late), 0) FROM per";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            int k = 1;
            int inspections = rs.getInt(k++);
            int problems = rs.getInt(k++);
            int measures = rs.getInt(k++);
            Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                byStatus.put(s, rs.getInt(k++));
            }
            return new MeasureCounts(inspections, problems, measures, byStatus, rs.getInt(k++), rs.getInt(k++),
                    rs.getInt(k++), rs.getInt(k++), rs.getInt(k), RegisterTables.accountability(c),
                    RegisterTables.institutions(c));
        }
    }

    /** Every problem of the snapshot in display order, with its own measures counted under {@code rule}. */
    static List<ProblemTally> tallies(Connection c, CountingRule rule) throws SQLException {
        boolean register = Tables.exists(c, "closeout");
        String sql = ranked() + ", per AS (SELECT m.problem_id, count(*) AS n, sum(" + countsAsDone(rule, register)
                + ") AS done, min(CASE WHEN " + unfinished() + " THEN m.sort_order * " + SHIFT + " + m.id END) AS first"
                + " FROM measure m WHERE m.problem_id IN (SELECT id FROM ranked) GROUP BY m.problem_id)"
                + " SELECT r.id, r.parent_id, coalesce(per.n, 0), coalesce(per.done, 0), per.first"
                + " FROM ranked r LEFT JOIN per ON per.problem_id = r.id ORDER BY r.r";
        List<ProblemTally> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(2);
                Long parentId = rs.wasNull() ? null : parent;
                long first = rs.getLong(5);
                Long firstId = rs.wasNull() ? null : Math.floorMod(first, SHIFT);
                out.add(new ProblemTally(rs.getLong(1), parentId, rs.getInt(3), rs.getInt(4), firstId));
            }
        }
        return out;
    }

    /**
     * The measures that any of the checks {@code asked} finds, in display order, each with the checks
     * that found it; one read of the measures for all checks, each check's condition one bit of a mask.
     */
    static Map<Long, java.util.Set<MeasureCheck>> flagged(Connection c, java.util.Set<MeasureCheck> asked)
            throws SQLException {
        boolean closeouts = Tables.exists(c, "closeout");
        boolean evidence = Tables.exists(c, "evidence");
        MeasureCheck[] checks = asked.stream().sorted().toArray(MeasureCheck[]::new);
        Map<Long, java.util.Set<MeasureCheck>> out = new java.util.LinkedHashMap<>();
        if (checks.length == 0) {
            return out;
        }
        StringBuilder mask = new StringBuilder();
        for (int k = 0; k < checks.length; k++) {
            mask.append(k == 0 ? "" : " | ").append("(coalesce(").append(condition(checks[k], closeouts, evidence))
                    .append(", 0) << ").append(k).append(")");
        }
        try (PreparedStatement ps = c.prepareStatement(ranked() + "SELECT id, mask FROM (SELECT m.id, " + mask
                + " AS mask, r.r, m.sort_order FROM measure m JOIN ranked r ON r.id = m.problem_id)"
                + " WHERE mask <> 0 ORDER BY r, sort_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long bits = rs.getLong(2);
                java.util.Set<MeasureCheck> found = java.util.EnumSet.noneOf(MeasureCheck.class);
                for (int k = 0; k < checks.length; k++) {
                    if ((bits & (1L << k)) != 0) {
                        found.add(checks[k]);
                    }
                }
                out.put(rs.getLong(1), found);
            }
        }
        return out;
    }

    /** The SQL of a check on the measure {@code m} of the problem {@code r} (of {@link #ranked()}). */
    private static String condition(MeasureCheck check, boolean closeouts, boolean evidence) {
        return "(" + switch (check) {
            case DONE_WITHOUT_COMPLETION_DATE -> "m.status = " + literal(Status.DONE.code()) + " AND m.completed_on IS NULL";
            case COMPLETION_DATE_BUT_NOT_DONE -> unfinished() + " AND m.completed_on IS NOT NULL";
            case NO_DEPARTMENT -> blank("m.department");
            case NO_LEADER -> blank("m.leader");
            case NO_DEADLINE -> "m.deadline_kind = " + literal(DeadlineKind.NONE.code()) + " AND "
                    + blank("coalesce(m.deadline_text, '')");
            case DONE_WITHOUT_PROGRESS -> "m.status = " + literal(Status.DONE.code()) + " AND " + blank("m.progress");
            case PROGRESS_ONLY_WORDS -> progressOnlyWords();
            case DEADLINE_BEFORE_FEEDBACK -> unfinished() + " AND m.deadline_kind = " + literal(DeadlineKind.DATE.code())
                    + " AND m.deadline_date < (SELECT i.feedback_date FROM inspection i WHERE i.id = r.inspection_id)";
            // the later measures of a problem with the same words as an earlier one, among the problems
            // that have such words twice
            case DUPLICATE_MEASURE -> "m.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY problem_id, "
                    + stripped("text") + " ORDER BY sort_order, id) AS k FROM measure WHERE NOT " + blank("text")
                    + " AND problem_id IN (SELECT problem_id FROM measure WHERE NOT " + blank("text")
                    + " GROUP BY problem_id, " + stripped("text") + " HAVING count(*) > 1)) WHERE k > 1)";
            case CLOSED_WITHOUT_EVIDENCE -> closeouts ? struckOff(true)
                    + (evidence ? " AND m.uid NOT IN (SELECT owner_uid FROM evidence)" : "") : "0";
        } + ")";
    }

    /**
     * {@link ProgressWords#onlyWords}: the progress's words, unless empty, are one of the empty phrases or
     * the measure's words (the quality check's 已完成 without progress has empty words, so is never this).
     */
    private static String progressOnlyWords() {
        String exact = "nullif(" + words("m.progress") + ", '') IN (" + ProgressWords.EMPTY.stream()
                .map(CountingSql::literal).collect(Collectors.joining(", ")) + ", " + words("m.text") + ")";
        // a progress that does not start with white space starts with its words: with an empty phrase
        // whole (then followed by a trailing mark, white space or nothing), or with the first character of the measure's words unless those start with white space;
        // a test of first characters that rules out most measures before their words are compared
        String ends = (ProgressWords.TRAILING + WHITE_SPACE).chars().distinct().mapToObj(String::valueOf)
                .collect(Collectors.joining(", "));
        String phrase = ProgressWords.EMPTY.stream().map(w -> "(substr(m.progress, 1, " + w.length() + ") = "
                + literal(w) + " AND coalesce(unicode(substr(m.progress, " + (w.length() + 1) + ", 1)) IN (" + ends
                + "), 1))").collect(Collectors.joining(" OR "));
        return "CASE WHEN " + startsWithWhiteSpace("m.progress") + " OR " + phrase + " OR "
                + startsWithWhiteSpace("m.text") + " OR unicode(m.progress) = unicode(m.text) THEN " + exact
                + " ELSE 0 END";
    }

    private static String words(String column) {
        return "rtrim(" + stripped(column) + ", " + literal(ProgressWords.TRAILING) + ")";
    }

    /**
     * The in-progress measures whose last change in the history lies before {@code before}, in display
     * order: the history's times are compared as instants, as the quality check compares them.
     */
    static List<Long> staleInProgress(Connection c, Instant before) throws SQLException {
        List<Long> out = new ArrayList<>();
        if (!Tables.exists(c, "history")) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(ranked() + "SELECT m.id, (SELECT max(h.at) FROM history h"
                + " WHERE h.table_name = 'measure' AND h.record_uid = m.uid) FROM measure m JOIN ranked r"
                + " ON r.id = m.problem_id WHERE m.status = " + literal(Status.IN_PROGRESS.code())
                + " ORDER BY r.r, m.sort_order, m.id");
             ResultSet rs = ps.executeQuery()) {
            // a bulk write gives many records one time: each time is read once
            Map<String, Boolean> stale = new java.util.HashMap<>();
            while (rs.next()) {
                String at = rs.getString(2);
                if (at != null && stale.computeIfAbsent(at, t -> Instant.parse(t).isBefore(before))) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The lead departments the snapshot's measures name, as written, each once. */
    static List<String> departments(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT department FROM measure");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The ids of the measures whose lead department is written as one of {@code names}, in display order. */
    static List<Long> withDepartments(Connection c, java.util.Collection<String> names) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        return ids(c, ranked() + "SELECT m.id FROM measure m JOIN ranked r ON r.id = m.problem_id WHERE m.department IN ("
                + names.stream().map(CountingSql::literal).collect(Collectors.joining(", "))
                + ") ORDER BY r.r, m.sort_order, m.id");
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
