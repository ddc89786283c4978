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
     * A CASE, not AND and OR: SQLite computes both sides of those in a value, a trim of every row.
     */
    static String blank(String column) {
        return "(CASE WHEN " + column + " = '' THEN 1 WHEN " + startsWithWhiteSpace(column) + " THEN " + stripped(column)
                + " = '' ELSE 0 END)";
    }

    /**
     * True when the first character of {@code column} is white space; null when it is empty. A value from
     * the first character above the last white space on (a Chinese character) is ruled out by one
     * comparison: text compares as UTF-8 bytes, which order as the characters do.
     */
    private static String startsWithWhiteSpace(String column) {
        int last = WHITE_SPACE.chars().max().orElseThrow();
        return "(CASE WHEN " + column + " >= " + literal(String.valueOf((char) (last + 1))) + " THEN 0 ELSE unicode(" + column
                + ") IN (" + WHITE_SPACE.chars().mapToObj(String::valueOf).collect(Collectors.joining(", ")) + ") END)";
    }

    /** {@code first} and then {@code then}: {@code then} is computed only where {@code first} is true (else 0). */
    static String andThen(String first, String then) {
        return "(CASE WHEN " + first + " THEN " + then + " ELSE 0 END)";
    }

    /** True when any of {@code conditions} is, computed one after the other until one is. */
    static String anyOf(List<String> conditions) {
        StringBuilder sb = new StringBuilder("(CASE");
        for (String c : conditions) {
            sb.append(" WHEN ").append(c).append(" THEN 1");
        }
        return sb.append(" ELSE 0 END)").toString();
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

    /**
     * The whole ledger's figures under {@code rule} on {@code day}, summed by SQLite (one row): what
     * {@link #breakdowns} sums with the groups, for {@code stats} without them.
     */
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

    /** The mask bits of a measure in {@link #breakdowns}: its status, then what it counts as, then its band. */
    private static final int DONE_BIT = 4;
    private static final int OPEN_BIT = 5;
    private static final int LATE_BIT = 6;
    private static final int BAND_SHIFT = 7;
    private static final int CHECK_SHIFT = 9;
    private static final int NO_STATUS = 15;

    /**
     * The problems' tallies, the groups of each grouping {@code names} names (by the group's name of a
     * raw key: the lead department or leader as written, the category stripped or null), the first
     * {@code limit} deadline warnings (negative: all) and the measures the {@code checks} find, from one
     * read of the measures. Of each measure SQL says, as one mask, its status, whether it counts as
     * done under {@code rule}, is unfinished, is overdue on {@code day}, its deadline band and the
     * conditions of the checks; the measures are then summed problem by problem, each group's problems
     * counted as the groups' figures count them (a problem done when all its measures of the group
     * are). The problems are those of {@link #ranked()}, read once in display order. With
     * {@code staleBefore}, the in-progress measures whose last change in the history lies before it
     * (the history's times compared as instants, as the quality check compares them).
     */
    static BreakdownCounts breakdowns(Connection c, CountingRule rule, LocalDate day, WarningBands bands,
            Map<Grouping, java.util.function.UnaryOperator<String>> names, int limit, java.util.Set<MeasureCheck> asked,
            Instant staleBefore, java.util.concurrent.CompletableFuture<List<long[]>> duplicates) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Long> parents = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ranked() + "SELECT id, parent_id, coalesce(category, '')"
                + " FROM ranked ORDER BY r");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                long parent = rs.getLong(2);
                parents.add(rs.wasNull() ? null : parent);
                categories.add(rs.getString(3));
            }
        }
        int problems = ids.size();
        Map<Long, Integer> rankOf = new java.util.HashMap<>(problems * 2);
        for (int i = 0; i < problems; i++) {
            rankOf.put(ids.get(i), i);
        }
        boolean closeouts = Tables.exists(c, "closeout");
        boolean evidence = Tables.exists(c, "evidence");
        MeasureCheck[] checks = asked.stream().sorted().toArray(MeasureCheck[]::new);
        StringBuilder mask = new StringBuilder("(CASE m.status");
        Status[] statuses = Status.values();
        for (Status s : statuses) {
            mask.append(" WHEN ").append(literal(s.code())).append(" THEN ").append(s.ordinal());
        }
        mask.append(" ELSE ").append(NO_STATUS).append(" END)");
        mask.append(" | (coalesce(").append(countsAsDone(rule, closeouts)).append(", 0) << ").append(DONE_BIT).append(")");
        mask.append(" | (coalesce(").append(unfinished()).append(", 0) << ").append(OPEN_BIT).append(")");
        mask.append(" | (coalesce(").append(overdue(day)).append(", 0) << ").append(LATE_BIT).append(")");
        // the deadline bands count the groups' warnings, order the warnings and the warned groups
        boolean dated = limit != 0 || !names.isEmpty();
        if (dated) {
            mask.append(" | ((CASE");
            for (WarningBand b : WarningBand.values()) {
                mask.append(" WHEN ").append(band(b, bands, day)).append(" THEN ").append(b.ordinal() + 1);
            }
            mask.append(" ELSE 0 END) << ").append(BAND_SHIFT).append(")");
        }
        int duplicateBit = -1;
        for (int k = 0; k < checks.length; k++) {
            if (checks[k] == MeasureCheck.DUPLICATE_MEASURE) {
                // found by a query of its own (duplicates), beside this one
                duplicateBit = k;
                continue;
            }
            mask.append(" | (coalesce(").append(condition(checks[k], closeouts, evidence)).append(", 0) << ")
                    .append(CHECK_SHIFT + k).append(")");
        }
        Pass pass = new Pass(problems, names);
        int[] n = new int[problems];
        int[] done = new int[problems];
        int[] open = new int[problems];
        int[] byStatus = new int[Status.values().length];
        int overdue = 0;
        long[] firstOpen = new long[problems];
        java.util.Arrays.fill(firstOpen, Long.MAX_VALUE);
        List<Ranked> warned = new ArrayList<>();
        List<Ranked> found = new ArrayList<>();
        boolean history = staleBefore != null && Tables.exists(c, "history");
        String lastChange = history ? "CASE WHEN m.status = " + literal(Status.IN_PROGRESS.code())
                + " THEN coalesce((SELECT max(h.at) FROM history h WHERE h.table_name = 'measure' AND h.record_uid = m.uid), "
                + (Tables.exists(c, AddedHistory.TABLE) ? AddedHistory.addedAt("measure", "m.id") : "NULL") + ") END"
                : "NULL";
        List<Ranked> stale = new ArrayList<>();
        // a bulk write gives many records one time: each time is read once
        Map<String, Boolean> before = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.problem_id, m.sort_order * " + SHIFT + " + m.id, "
                + mask + ", m.deadline_date, m.department, m.leader, " + lastChange + " FROM measure m"
                // for the groups, the measures of a problem come one after another, so that each group's
                // share of a problem is summed before the next problem's measures
                + (names.isEmpty() ? "" : " ORDER BY m.problem_id"));
             ResultSet rs = ps.executeQuery()) {
            long current = Long.MIN_VALUE;
            int rank = -1;
            while (rs.next()) {
                long problem = rs.getLong(1);
                if (problem != current) {
                    pass.endProblem(rank);
                    current = problem;
                    Integer r = rankOf.get(problem);
                    rank = r == null ? -1 : r;
                    pass.startProblem(rank, rank < 0 ? null : categories.get(rank));
                }
                if (rank < 0) {
                    continue;
                }
                long key = rs.getLong(2);
                int bits = rs.getInt(3);
                int band = (bits >> BAND_SHIFT) & 3;
                String deadline = band == 0 ? null : rs.getString(4);
                n[rank]++;
                if ((bits & (1 << DONE_BIT)) != 0) {
                    done[rank]++;
                }
                if ((bits & (1 << OPEN_BIT)) != 0) {
                    open[rank]++;
                    firstOpen[rank] = Math.min(firstOpen[rank], key);
                }
                if ((bits & 15) < byStatus.length) {
                    byStatus[bits & 15]++;
                }
                if ((bits & (1 << LATE_BIT)) != 0) {
                    overdue++;
                }
                if (band != 0) {
                    warned.add(new Ranked(deadline, rank, key, bits));
                }
                if (bits >> CHECK_SHIFT != 0) {
                    found.add(new Ranked("", rank, key, bits >> CHECK_SHIFT));
                }
                if (history && (bits & 15) == Status.IN_PROGRESS.ordinal()) {
                    String at = rs.getString(7);
                    if (at != null && before.computeIfAbsent(at, t -> Instant.parse(t).isBefore(staleBefore))) {
                        stale.add(new Ranked("", rank, key, 0));
                    }
                }
                pass.measure(rank, key, bits, deadline, rs);
            }
            pass.endProblem(rank);
        }
        if (duplicateBit >= 0) {
            addDuplicates(found, Joined.join(duplicates, SQLException.class), rankOf, 1 << duplicateBit);
        }
        List<ProblemTally> tallies = new ArrayList<>(problems);
        for (int i = 0; i < problems; i++) {
            tallies.add(new ProblemTally(ids.get(i), parents.get(i), n[i], done[i],
                    firstOpen[i] == Long.MAX_VALUE ? null : Math.floorMod(firstOpen[i], SHIFT)));
        }
        warned.sort(null);
        List<Long> warnings = new ArrayList<>();
        for (Ranked w : limit < 0 ? warned : warned.subList(0, Math.min(limit, warned.size()))) {
            warnings.add(w.id());
        }
        found.sort(null);
        Map<Long, java.util.Set<MeasureCheck>> flagged = new java.util.LinkedHashMap<>();
        for (Ranked f : found) {
            java.util.Set<MeasureCheck> set = java.util.EnumSet.noneOf(MeasureCheck.class);
            for (int k = 0; k < checks.length; k++) {
                if ((f.bits() & (1 << k)) != 0) {
                    set.add(checks[k]);
                }
            }
            flagged.put(f.id(), set);
        }
        // the problems counted: those with measures, and those without sub-problems
        java.util.Set<Long> withSubProblems = new java.util.HashSet<>();
        parents.forEach(p -> {
            if (p != null) {
                withSubProblems.add(p);
            }
        });
        int counted = 0;
        int measures = 0;
        int countedDone = 0;
        int unfinished = 0;
        int problemsDone = 0;
        int problemsUnfinished = 0;
        for (int i = 0; i < problems; i++) {
            if (n[i] > 0 || !withSubProblems.contains(ids.get(i))) {
                counted++;
            }
            measures += n[i];
            countedDone += done[i];
            unfinished += open[i];
            problemsDone += n[i] > 0 && done[i] == n[i] ? 1 : 0;
            problemsUnfinished += open[i] > 0 ? 1 : 0;
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status st : Status.values()) {
            counts.put(st, byStatus[st.ordinal()]);
        }
        int inspections;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM inspection"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            inspections = rs.getInt(1);
        }
        MeasureCounts whole = new MeasureCounts(inspections, counted, measures, counts, countedDone, problemsDone,
                problemsUnfinished, unfinished, overdue, RegisterTables.accountability(c), RegisterTables.institutions(c));
        stale.sort(null);
        return new BreakdownCounts(whole, tallies, pass.groups(), pass.warnedGroups(), warnings, flagged,
                stale.stream().map(Ranked::id).toList());
    }

    /**
     * The later measures of a problem with the same words as an earlier one ({@link
     * MeasureCheck#DUPLICATE_MEASURE}), each as its id, problem and order: among the problems that have
     * such words twice, those after the first of their words in display order.
     */
    static List<long[]> duplicates(Connection c) throws SQLException {
        String words = stripped("text");
        String sql = "SELECT id, problem_id, sort_order FROM (SELECT id, problem_id, sort_order, row_number() OVER"
                + " (PARTITION BY problem_id, " + words + " ORDER BY sort_order, id) AS k FROM measure WHERE NOT " + blank("text")
                + " AND problem_id IN (SELECT problem_id FROM measure WHERE NOT " + blank("text")
                + " GROUP BY problem_id, " + words + " HAVING count(*) > 1)) WHERE k > 1";
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    /** The duplicates' check {@code bit} added to the measures found, each counted once and kept in display order. */
    private static void addDuplicates(List<Ranked> found, List<long[]> duplicates, Map<Long, Integer> rankOf, int bit) {
        if (duplicates.isEmpty()) {
            return;
        }
        Map<Long, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            at.put(found.get(i).id(), i);
        }
        for (long[] d : duplicates) {
            Integer rank = rankOf.get(d[1]);
            if (rank == null) {
                continue;
            }
            Integer i = at.get(d[0]);
            if (i == null) {
                found.add(new Ranked("", rank, d[2] * SHIFT + d[0], bit));
            } else {
                Ranked r = found.get(i);
                found.set(i, new Ranked(r.deadline(), r.rank(), r.key(), r.bits() | bit));
            }
        }
    }

    /** A measure by its deadline (or none), its problem's rank and its order key: most urgent first, then display order. */
    private record Ranked(String deadline, int rank, long key, int bits) implements Comparable<Ranked> {
        long id() {
            return Math.floorMod(key, SHIFT);
        }

        /** True when a measure of this deadline, rank and key comes before this one. */
        boolean after(String deadline, int rank, long key) {
            int d = deadline.compareTo(this.deadline);
            return d != 0 ? d < 0 : rank != this.rank ? rank < this.rank : key < this.key;
        }

        @Override
        public int compareTo(Ranked o) {
            int d = deadline.compareTo(o.deadline);
            if (d != 0) {
                return d;
            }
            return rank != o.rank ? Integer.compare(rank, o.rank) : Long.compare(key, o.key);
        }
    }

    /** The groupings of a read of the measures, each group summed problem by problem. */
    private static final class Pass {
        private final Map<Grouping, Groups> groupings = new EnumMap<>(Grouping.class);
        private final Groups category;
        private final Groups department;
        private final Groups leader;
        private Group categoryGroup;

        Pass(int problems, Map<Grouping, java.util.function.UnaryOperator<String>> names) {
            names.forEach((g, name) -> groupings.put(g, new Groups(g, name)));
            category = groupings.get(Grouping.CATEGORY);
            department = groupings.get(Grouping.DEPARTMENT);
            leader = groupings.get(Grouping.LEADER);
        }

        void startProblem(int rank, String rawCategory) {
            categoryGroup = category == null || rank < 0 ? null : category.of(rawCategory);
        }

        void measure(int rank, long key, int bits, String deadline, ResultSet rs) throws SQLException {
            if (categoryGroup != null) {
                categoryGroup.add(category, rank, key, bits, deadline);
            }
            if (department != null) {
                department.of(rs.getString(5)).add(department, rank, key, bits, deadline);
            }
            if (leader != null) {
                leader.of(rs.getString(6)).add(leader, rank, key, bits, deadline);
            }
        }

        void endProblem(int rank) {
            if (rank >= 0) {
                groupings.values().forEach(g -> g.endProblem(rank));
            }
        }

        Map<Grouping, List<GroupCounts>> groups() {
            Map<Grouping, List<GroupCounts>> out = new EnumMap<>(Grouping.class);
            groupings.forEach((g, groups) -> out.put(g, groups.counts()));
            return out;
        }

        Map<Grouping, List<String>> warnedGroups() {
            Map<Grouping, List<String>> out = new EnumMap<>(Grouping.class);
            groupings.forEach((g, groups) -> out.put(g, groups.warned()));
            return out;
        }
    }

    /** The groups of one grouping, by raw key and by name. */
    private static final class Groups {
        private final Grouping grouping;
        private final java.util.function.UnaryOperator<String> name;
        private final Map<String, Group> byRaw = new java.util.HashMap<>();
        private final Map<String, Group> byName = new java.util.HashMap<>();
        private final List<Group> touched = new ArrayList<>();

        Groups(Grouping grouping, java.util.function.UnaryOperator<String> name) {
            this.grouping = grouping;
            this.name = name;
        }

        Group of(String raw) {
            Group g = byRaw.get(raw);
            if (g == null) {
                String named = name.apply(grouping == Grouping.CATEGORY && raw.isEmpty() ? null : raw);
                g = byName.computeIfAbsent(named, Group::new);
                byRaw.put(raw, g);
            }
            return g;
        }

        void endProblem(int rank) {
            for (Group g : touched) {
                g.endProblem(rank);
            }
            touched.clear();
        }

        /** The groups in the order they first appear: by their first problem, then their first measure in it. */
        List<GroupCounts> counts() {
            return byName.values().stream().filter(g -> g.measures > 0)
                    .sorted(java.util.Comparator.comparingInt((Group g) -> g.firstRank).thenComparingLong(g -> g.firstKey))
                    .map(Group::counts).toList();
        }

        List<String> warned() {
            return byName.values().stream().filter(g -> g.urgent != null).sorted(java.util.Comparator.comparing(g -> g.urgent))
                    .map(g -> g.name).toList();
        }
    }

    /** One group's sums, and its share of the problem being read. */
    private static final class Group {
        final String name;
        int problems;
        int measures;
        final int[] byStatus = new int[Status.values().length];
        final int[] warnings = new int[WarningBand.values().length];
        int countedDone;
        int problemsDone;
        int problemsUnfinished;
        int unfinished;
        int overdue;
        int firstRank = Integer.MAX_VALUE;
        long firstKey;
        Ranked urgent;
        int shareRank = -1;
        int shareMeasures;
        int shareDone;
        int shareOpen;
        long shareKey;

        Group(String name) {
            this.name = name;
        }

        void add(Groups in, int rank, long key, int bits, String deadline) {
            measures++;
            int status = bits & 15;
            if (status < byStatus.length) {
                byStatus[status]++;
            }
            boolean done = (bits & (1 << DONE_BIT)) != 0;
            boolean open = (bits & (1 << OPEN_BIT)) != 0;
            if (done) {
                countedDone++;
            }
            if (open) {
                unfinished++;
            }
            if ((bits & (1 << LATE_BIT)) != 0) {
                overdue++;
            }
            int band = (bits >> BAND_SHIFT) & 3;
            if (band != 0) {
                warnings[band - 1]++;
                if (deadline != null && (urgent == null || urgent.after(deadline, rank, key))) {
                    urgent = new Ranked(deadline, rank, key, 0);
                }
            }
            if (shareRank != rank) {
                shareRank = rank;
                shareMeasures = 0;
                shareDone = 0;
                shareOpen = 0;
                shareKey = key;
                in.touched.add(this);
            }
            shareMeasures++;
            shareDone += done ? 1 : 0;
            shareOpen += open ? 1 : 0;
            shareKey = Math.min(shareKey, key);
        }

        void endProblem(int rank) {
            problems++;
            if (shareDone == shareMeasures) {
                problemsDone++;
            }
            if (shareOpen > 0) {
                problemsUnfinished++;
            }
            if (rank < firstRank) {
                firstRank = rank;
                firstKey = shareKey;
            }
        }

        GroupCounts counts() {
            Map<Status, Integer> statuses = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                statuses.put(s, byStatus[s.ordinal()]);
            }
            Map<WarningBand, Integer> bands = new EnumMap<>(WarningBand.class);
            for (WarningBand b : WarningBand.values()) {
                bands.put(b, warnings[b.ordinal()]);
            }
            return new GroupCounts(name, problems, measures, statuses, countedDone, problemsDone, problemsUnfinished,
                    unfinished, overdue, bands);
        }
    }

    /** The SQL of a check on the measure {@code m}. */
    private static String condition(MeasureCheck check, boolean closeouts, boolean evidence) {
        return "(" + switch (check) {
            case DONE_WITHOUT_COMPLETION_DATE -> "m.status = " + literal(Status.DONE.code()) + " AND m.completed_on IS NULL";
            case COMPLETION_DATE_BUT_NOT_DONE -> unfinished() + " AND m.completed_on IS NOT NULL";
            case NO_DEPARTMENT -> blank("m.department");
            case NO_LEADER -> blank("m.leader");
            case NO_DEADLINE -> andThen("m.deadline_kind = " + literal(DeadlineKind.NONE.code()),
                    blank("coalesce(m.deadline_text, '')"));
            case DONE_WITHOUT_PROGRESS -> andThen("m.status = " + literal(Status.DONE.code()), blank("m.progress"));
            case PROGRESS_ONLY_WORDS -> progressOnlyWords();
            case DEADLINE_BEFORE_FEEDBACK -> andThen(unfinished() + " AND m.deadline_kind = " + literal(DeadlineKind.DATE.code()),
                    "m.deadline_date < (SELECT i.feedback_date FROM problem p JOIN inspection i ON i.id = p.inspection_id WHERE p.id = m.problem_id)");
            case DUPLICATE_MEASURE -> throw new IllegalArgumentException("found by duplicates()");
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
        List<String> guard = new ArrayList<>();
        guard.add(startsWithWhiteSpace("m.progress"));
        ProgressWords.EMPTY.forEach(w -> guard.add(andThen("substr(m.progress, 1, " + w.length() + ") = " + literal(w),
                "coalesce(unicode(substr(m.progress, " + (w.length() + 1) + ", 1)) IN (" + ends + "), 1)")));
        guard.add(startsWithWhiteSpace("m.text"));
        guard.add("unicode(m.progress) = unicode(m.text)");
        return andThen(anyOf(guard), exact);
    }

    private static String words(String column) {
        return "rtrim(" + stripped(column) + ", " + literal(ProgressWords.TRAILING) + ")";
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
