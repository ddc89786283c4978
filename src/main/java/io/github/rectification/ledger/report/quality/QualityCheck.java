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
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.ConsistencyCheck;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.store.LedgerStore;
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
        return of(store, io.github.rectification.ledger.report.stats.StatisticsService.of(store, today), today).stream()
                .filter(f -> !muted.contains(f.kind())).toList();
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
        Instant staleBefore = today.minusDays(staleDays).atStartOfDay(ZoneId.systemDefault()).toInstant();
        Map<String, Long> seen = new HashMap<>();
        for (Measure m : ledger.measures()) {
            String name = "措施“" + shorten(m.text()) + "”";
            if (m.department().isBlank()) {
                all.add(finding(Finding.Kind.NO_DEPARTMENT, m, name + "没有牵头部门"));
            } else if (!directory.isEmpty()) {
                department(directory, m, name).ifPresent(all::add);
            }
            if (m.leader().isBlank()) {
                all.add(finding(Finding.Kind.NO_LEADER, m, name + "没有责任领导"));
            }
            if (m.deadline().display().isBlank()) {
                all.add(finding(Finding.Kind.NO_DEADLINE, m, name + "没有整改时限"));
            }
            if (m.status() == Status.DONE && m.progress().isBlank()) {
                all.add(finding(Finding.Kind.DONE_WITHOUT_PROGRESS, m, name + "标为已完成，但没有整改进展"));
            } else if (onlyWords(m)) {
                all.add(finding(Finding.Kind.PROGRESS_ONLY_WORDS, m, name + "的整改进展只是重复措施或写“已完成”"));
            }
            Instant last = changed.get(m.id());
            if (m.status() == Status.IN_PROGRESS && last != null && last.isBefore(staleBefore)) {
                all.add(finding(Finding.Kind.STALE_IN_PROGRESS, m, name + "正在推进，已" + staleDays + "天以上未更新"));
            }
            Problem p = problems.get(m.problemId());
            Inspection i = p == null ? null : inspections.get(p.inspectionId());
            // a finished measure with such a deadline was rectified during the inspection (边巡边改)
            if (i != null && i.feedbackDate() != null && m.unfinished() && m.deadline().hasDate()
                    && m.deadline().date().isBefore(i.feedbackDate())) {
                all.add(finding(Finding.Kind.DEADLINE_BEFORE_FEEDBACK, m, name + "的整改时限" + m.deadline().date()
                        + "早于反馈日期" + i.feedbackDate()));
            }
            String key = m.problemId() + "\u0000" + m.text().strip();
            if (!m.text().isBlank() && seen.putIfAbsent(key, m.id()) != null) {
                all.add(finding(Finding.Kind.DUPLICATE_MEASURE, m, name + "在同一问题下重复"));
            }
            CloseOut c = closeOuts.get(uids.get(m.id()));
            if (c != null && c.state() == CloseOutState.CLOSED && !withEvidence.contains(uids.get(m.id()))) {
                all.add(finding(Finding.Kind.CLOSED_WITHOUT_EVIDENCE, m, name + "已销号，但没有佐证材料"
                        + (c.override().isEmpty() ? "" : "（理由：" + c.override() + "）")));
            }
        }
        return grouped(all);
    }

    private static Optional<Finding> department(DirectoryLookup directory, Measure m, String name) {
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

    /** Progress that says nothing of what was done: the measure's own words, or only 已完成 / 完成. */
    static boolean onlyWords(Measure m) {
        String p = m.progress().strip().replaceAll("[。.！!\\s]+$", "");
        if (p.isEmpty()) {
            return false;
        }
        return p.equals("已完成") || p.equals("完成") || p.equals("已整改") || p.equals("已落实")
                || p.equals(m.text().strip().replaceAll("[。.！!\\s]+$", ""));
    }

    private static Finding finding(Finding.Kind kind, Measure m, String message) {
        return new Finding(kind, m.problemId(), m.id(), message);
    }

    private static List<QualityFinding> grouped(List<Finding> all) {
        Map<Finding.Kind, List<Finding>> byKind = new EnumMap<>(Finding.Kind.class);
        all.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        List<QualityFinding> out = new ArrayList<>();
        byKind.forEach((kind, list) -> out.add(new QualityFinding(kind, QualityWords.summary(kind, list.size()), list)));
        return out;
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() <= 24 ? t : t.substring(0, 24) + "…";
    }
}
