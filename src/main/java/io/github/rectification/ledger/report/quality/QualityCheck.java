package io.github.rectification.ledger.report.quality;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.DepartmentNames;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.ProgressWords;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.ConsistencyCheck;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.store.BreakdownCounts;
import io.github.rectification.ledger.store.InspectionRepository;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.MeasureCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quality check of a ledger (数据质量): the consistency checks of the summaries and the checks an
 * office makes before it reports, grouped by kind, each with the records it concerns.
 */
public final class QualityCheck {
    private QualityCheck() {
    }

    /**
     * The whole ledger's findings as of {@code today}, without the kinds the office muted for this
     * ledger: what the window checks on opening a ledger and after an import.
     */
    public static List<QualityFinding> shown(LedgerStore store, LocalDate today) {
        java.util.Set<Finding.Kind> muted = io.github.rectification.ledger.report.stats.ReportSettings.mutedChecks(store);
        return of(store, today).stream()
                .filter(f -> !muted.contains(f.kind())).toList();
    }

    /**
     * The whole ledger's findings as of {@code today}, as {@link #of(LedgerStore, LedgerStatistics,
     * LocalDate)} finds them from a snapshot, but each kind asked of SQLite ({@link MeasureCheck}) and only
     * the measures found read whole: a ledger of 100,000 measures is checked without loading it.
     */
    public static List<QualityFinding> of(LedgerStore store, LocalDate today) {
        return of(store, today, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #of(LedgerStore, LocalDate)}, each finding listing only its first {@code listed}
     * records (and reading only their measures) but counting them all: what the command line prints.
     */
    public static List<QualityFinding> of(LedgerStore store, LocalDate today, int listed) {
        InspectionRepository r = store.inspections();
        Map<Finding.Kind, List<Long>> ids = new EnumMap<>(Finding.Kind.class);
        int staleDays = store.settings().get(LedgerSettings.STALE_DAYS);
        BreakdownCounts counted = r.breakdowns(store.settings().countingRule(), today, WarningBands.DEFAULT, Map.of(), 0,
                java.util.EnumSet.allOf(MeasureCheck.class), staleBefore(staleDays, today));
        List<long[]> doneWithOpen = ConsistencyCheck.doneWithOpenMeasure(counted.tallies());
        for (MeasureCheck check : MeasureCheck.values()) {
            ids.put(Finding.Kind.valueOf(check.name()), new ArrayList<>());
        }
        counted.flagged().forEach((id, checks) -> checks.forEach(check -> ids.get(Finding.Kind.valueOf(check.name())).add(id)));
        DirectoryLookup directory = store.directory().lookup();
        if (!directory.isEmpty()) {
            Map<Finding.Kind, List<String>> names = new EnumMap<>(Finding.Kind.class);
            for (String name : r.writtenDepartments()) {
                if (!name.isBlank()) {
                    department(directory, Measure.draft(0, "").withDepartment(name))
                            .ifPresent(f -> names.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(name));
                }
            }
            names.forEach((kind, written) -> ids.put(kind, r.withDepartments(written)));
        }
        ids.put(Finding.Kind.STALE_IN_PROGRESS, counted.stale());
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        ids.forEach((kind, list) -> counts.put(kind, list.size()));
        ids.replaceAll((kind, list) -> list.size() > listed ? List.copyOf(list.subList(0, listed)) : list);
        counts.put(Finding.Kind.PROBLEM_DONE_WITH_OPEN_MEASURE, doneWithOpen.size());
        if (doneWithOpen.size() > listed) {
            doneWithOpen = doneWithOpen.subList(0, listed);
        }
        Set<Long> wanted = new HashSet<>();
        ids.values().forEach(wanted::addAll);
        doneWithOpen.forEach(pair -> wanted.add(pair[1]));
        Map<Long, Measure> measures = r.measures(wanted);
        // the problems the findings name: of a problem done with an open measure, and of a deadline before the feedback
        Set<Long> named = new HashSet<>();
        doneWithOpen.forEach(pair -> named.add(pair[0]));
        for (long id : ids.get(Finding.Kind.DEADLINE_BEFORE_FEEDBACK)) {
            Measure m = measures.get(id);
            if (m != null) {
                named.add(m.problemId());
            }
        }
        Map<Long, Problem> problems = named.isEmpty() ? Map.of() : r.problems(named);
        Map<Long, Inspection> inspections = new HashMap<>();
        for (Inspection i : r.all()) {
            inspections.put(i.id(), i);
        }
        Map<String, CloseOut> closeOuts = ids.get(Finding.Kind.CLOSED_WITHOUT_EVIDENCE).isEmpty() ? Map.of()
                : store.closeOut().all();
        List<Finding> all = new ArrayList<>();
        for (long[] pair : doneWithOpen) {
            Problem p = problems.get(pair[0]);
            Measure open = measures.get(pair[1]);
            if (p != null && open != null) {
                all.add(ConsistencyCheck.doneWithOpenMeasure(p, open));
            }
        }
        ids.forEach((kind, list) -> {
            for (long id : list) {
                Measure m = measures.get(id);
                if (m == null) {
                    continue;
                }
                switch (kind) {
                    case DONE_WITHOUT_COMPLETION_DATE, COMPLETION_DATE_BUT_NOT_DONE -> all.add(ConsistencyCheck.of(kind, m));
                    case STALE_IN_PROGRESS -> all.add(stale(m, staleDays));
                    case DEADLINE_BEFORE_FEEDBACK -> Optional.ofNullable(problems.get(m.problemId()))
                            .map(p -> inspections.get(p.inspectionId())).ifPresent(i -> all.add(beforeFeedback(m, i)));
                    case CLOSED_WITHOUT_EVIDENCE -> {
                        CloseOut c = closeOuts.get(store.history().uidOf(RecordKind.MEASURE, id));
                        if (c != null) {
                            all.add(closedWithoutEvidence(m, c));
                        }
                    }
                    case DEPARTMENT_ALIAS, DEPARTMENT_NOT_IN_DIRECTORY -> department(directory, m).ifPresent(all::add);
                    default -> all.add(simple(kind, m));
                }
            }
        });
        return grouped(all, counts);
    }

    public static List<QualityFinding> of(LedgerStore store, LedgerStatistics stats, LocalDate today) {
        Ledger ledger = stats.ledger();
        List<Finding> all = new ArrayList<>(ConsistencyCheck.of(stats));
        Map<Long, Problem> problems = new HashMap<>();
        ledger.problems().forEach(p -> problems.put(p.id(), p));
        Map<Long, Inspection> inspections = new HashMap<>();
        ledger.inspections().forEach(i -> inspections.put(i.id(), i));
        Map<Long, String> uids = store.history().uids(RecordKind.MEASURE);
        Map<String, CloseOut> closeOuts = store.closeOut().all();
        Set<String> withEvidence = new HashSet<>();
        store.evidence().all().forEach(e -> withEvidence.add(e.owner().uid()));
        DirectoryLookup directory = store.directory().lookup();
        Map<Long, Instant> changed = store.history().lastChanged(RecordKind.MEASURE);
        int staleDays = store.settings().get(LedgerSettings.STALE_DAYS);
        Instant staleBefore = staleBefore(staleDays, today);
        Map<String, Long> seen = new HashMap<>();
        for (Measure m : ledger.measures()) {
            if (m.department().isBlank()) {
                all.add(simple(Finding.Kind.NO_DEPARTMENT, m));
            } else if (!directory.isEmpty()) {
                department(directory, m).ifPresent(all::add);
            }
            if (m.leader().isBlank()) {
                all.add(simple(Finding.Kind.NO_LEADER, m));
            }
            if (m.deadline().display().isBlank()) {
                all.add(simple(Finding.Kind.NO_DEADLINE, m));
            }
            if (m.status() == Status.DONE && m.progress().isBlank()) {
                all.add(simple(Finding.Kind.DONE_WITHOUT_PROGRESS, m));
            } else if (onlyWords(m)) {
                all.add(simple(Finding.Kind.PROGRESS_ONLY_WORDS, m));
            }
            Instant last = changed.get(m.id());
            if (m.status() == Status.IN_PROGRESS && last != null && last.isBefore(staleBefore)) {
                all.add(stale(m, staleDays));
            }
            Problem p = problems.get(m.problemId());
            Inspection i = p == null ? null : inspections.get(p.inspectionId());
            // a finished measure with such a deadline was rectified during the inspection (边巡边改)
            if (i != null && i.feedbackDate() != null && m.unfinished() && m.deadline().hasDate()
                    && m.deadline().date().isBefore(i.feedbackDate())) {
                all.add(beforeFeedback(m, i));
            }
            String key = m.problemId() + "\u0000" + m.text().strip();
            if (!m.text().isBlank() && seen.putIfAbsent(key, m.id()) != null) {
                all.add(simple(Finding.Kind.DUPLICATE_MEASURE, m));
            }
            CloseOut c = closeOuts.get(uids.get(m.id()));
            if (c != null && c.state() == CloseOutState.CLOSED && !withEvidence.contains(uids.get(m.id()))) {
                all.add(closedWithoutEvidence(m, c));
            }
        }
        return grouped(all);
    }

    /** The day before which an in-progress measure last changed is stale: the ledger's setting before {@code today}. */
    private static Instant staleBefore(int staleDays, LocalDate today) {
        return today.minusDays(staleDays).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private static String name(Measure m) {
        return "措施“" + shorten(m.text()) + "”";
    }

    /** The finding of a kind whose words name only the measure. */
    private static Finding simple(Finding.Kind kind, Measure m) {
        String what = switch (kind) {
            case NO_DEPARTMENT -> "没有牵头部门";
            case NO_LEADER -> "没有责任领导";
            case NO_DEADLINE -> "没有整改时限";
            case DONE_WITHOUT_PROGRESS -> "标为已完成，但没有整改进展";
            case PROGRESS_ONLY_WORDS -> "的整改进展只是重复措施或写“已完成”";
            case DUPLICATE_MEASURE -> "在同一问题下重复";
            default -> throw new IllegalArgumentException(kind.toString());
        };
        return finding(kind, m, name(m) + what);
    }

    private static Finding stale(Measure m, int staleDays) {
        return finding(Finding.Kind.STALE_IN_PROGRESS, m, name(m) + "正在推进，已" + staleDays + "天以上未更新");
    }

    private static Finding beforeFeedback(Measure m, Inspection i) {
        return finding(Finding.Kind.DEADLINE_BEFORE_FEEDBACK, m, name(m) + "的整改时限" + m.deadline().date()
                + "早于反馈日期" + i.feedbackDate());
    }

    private static Finding closedWithoutEvidence(Measure m, CloseOut c) {
        return finding(Finding.Kind.CLOSED_WITHOUT_EVIDENCE, m, name(m) + "已销号，但没有佐证材料"
                + (c.override().isEmpty() ? "" : "（理由：" + c.override() + "）"));
    }

    private static Optional<Finding> department(DirectoryLookup directory, Measure m) {
        String name = name(m);
        Optional<Department> found = directory.resolve(m.department());
        if (found.isPresent()) {
            Department d = found.get();
            return DepartmentNames.same(d.name(), m.department()) ? Optional.empty()
                    : Optional.of(finding(Finding.Kind.DEPARTMENT_ALIAS, m, name + "的牵头部门写作“" + m.department()
                            + "”，名录中为“" + d.name() + "”"));
        }
        return Optional.of(finding(Finding.Kind.DEPARTMENT_NOT_IN_DIRECTORY, m, name + "的牵头部门“" + m.department()
                + "”不在机构名录中"));
    }

    /** Progress that says nothing of what was done: {@link ProgressWords#onlyWords}. */
    static boolean onlyWords(Measure m) {
        return ProgressWords.onlyWords(m.progress(), m.text());
    }

    private static Finding finding(Finding.Kind kind, Measure m, String message) {
        return new Finding(kind, m.problemId(), m.id(), message);
    }

    private static List<QualityFinding> grouped(List<Finding> all) {
        return grouped(all, Map.of());
    }

    /**
     * The findings by kind; {@code counts} gives how many records a kind concerns where fewer are
     * listed (a record found but not listed counts, one listed always does).
     */
    private static List<QualityFinding> grouped(List<Finding> all, Map<Finding.Kind, Integer> counts) {
        Map<Finding.Kind, List<Finding>> byKind = new EnumMap<>(Finding.Kind.class);
        all.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        List<QualityFinding> out = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            int count = Math.max(list.size(), counts.getOrDefault(kind, list.size()));
            out.add(new QualityFinding(kind, QualityWords.summary(kind, count), list, count));
        });
        return out;
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() <= 24 ? t : t.substring(0, 24) + "…";
    }
}
