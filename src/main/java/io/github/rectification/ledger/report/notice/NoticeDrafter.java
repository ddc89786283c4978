package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.notice.NoticeParagraph.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts the notice (整改落实情况的通报) from a ledger: title, opening, the first part with the summary
 * paragraph, one section per problem made of its measures' progress ("一是…二是…", see {@link #passage}),
 * and the closing part.
 */
public final class NoticeDrafter {
    /** Progress texts shorter than this are status phrases; the section uses the measure's text instead. */
    static final int SUBSTANTIVE_PROGRESS = 40;
    private static final Pattern ORDERED_BY = Pattern.compile("^(\\p{IsHan}+?)第[一二三四五六七八九十\\d]+(?:巡视|巡察)组$");

    private NoticeDrafter() {
    }

    /** The notice of the ledger's last inspection, with the default closing part. */
    public static NoticeDraft draft(Ledger ledger, CountingRule rule, LocalDate day) {
        return draft(ledger, defaultInspection(ledger), rule, day, NoticeTemplate.DEFAULT_CLOSING);
    }

    /** The inspection a notice reports unless told otherwise: the ledger's last. */
    public static Inspection defaultInspection(Ledger ledger) {
        if (ledger.inspections().isEmpty()) {
            throw new IllegalArgumentException("台账中没有巡察轮次，无法起草通报");
        }
        return ledger.inspections().get(ledger.inspections().size() - 1);
    }

    /** The figures a notice of one inspection reports, against which an edited draft is checked. */
    public static LedgerFigures figures(Ledger whole, Inspection inspection, CountingRule rule, LocalDate day) {
        return figures(whole, ReportScope.of(inspection.id()), rule, day);
    }

    /** The figures a notice of the scope reports, against which an edited draft is checked. */
    public static LedgerFigures figures(Ledger whole, ReportScope scope, CountingRule rule, LocalDate day) {
        return LedgerFigures.of(scope.apply(whole), rule, day);
    }

    public static NoticeDraft draft(Ledger whole, Inspection inspection, CountingRule rule, LocalDate day,
            String closingTemplate) {
        return draft(whole, inspection, rule, new NoticeOptions(day, day, closingTemplate, NoticeContact.NONE));
    }

    /** The notice of one inspection, as {@link #draft(Ledger, ReportScope, CountingRule, NoticeOptions)}. */
    public static NoticeDraft draft(Ledger whole, Inspection inspection, CountingRule rule, NoticeOptions o) {
        return draft(whole, ReportScope.of(inspection.id()), rule, o);
    }

    /**
     * The notice of the inspections of {@code scope}: figures and sections of all of them, counted as
     * of {@link NoticeOptions#asOf}, dated {@link NoticeOptions#date}; the opening, the title and the
     * signature from the scope's last inspection (its group, dates and issuing body); the contact
     * line from the options.
     */
    public static NoticeDraft draft(Ledger whole, ReportScope scope, CountingRule rule, NoticeOptions o) {
        Ledger ledger = scope.apply(whole);
        Inspection inspection = defaultInspection(ledger);
        LedgerFigures f = LedgerFigures.of(ledger, rule, o.asOf());
        String unit = SummarySentence.blankOr(inspection.inspectedUnit(), "本单位");
        String group = SummarySentence.blankOr(inspection.inspectionGroup(), "巡察组");
        String body = SummarySentence.blankOr(inspection.issuingBodyOrDefault(), unit);
        Map<String, String> values = Map.of("单位", unit, "巡察组", group,
                "后续整改任务数", Integer.toString(f.measuresUnfinished()), "联系方式", o.contact().line());

        List<NoticeParagraph> out = new ArrayList<>();
        out.add(NoticeParagraph.of(Role.TITLE, body + "关于" + inspection.roundOrDefault() + "整改落实情况的通报"));
        out.add(NoticeParagraph.of(Role.BODY, opening(inspection, unit, group)));
        for (String line : NoticeTemplate.fill(NoticeTemplate.PART_ONE, values).split("\\R")) {
            out.add(NoticeDraft.paragraph(line));
        }
        out.add(NoticeParagraph.of(Role.BODY, "截至" + DayTexts.chinese(o.asOf()) + "，"
                + SummarySentence.of(inspection.inspectionGroup(), f)));
        if (o.carried() != null) {
            out.add(NoticeParagraph.of(Role.BODY, carriedSentence(whole, o.carried())));
        }
        out.add(NoticeParagraph.of(Role.HEADING, "二、坚持标本兼治，确保巡察整改工作扎实有效"));
        out.addAll(sections(ledger));
        String closing = o.closing() == null || o.closing().isBlank() ? NoticeTemplate.DEFAULT_CLOSING : o.closing();
        for (String line : NoticeTemplate.fill(closing, values).split("\\R")) {
            if (!line.isBlank()) {
                out.add(NoticeDraft.paragraph(line));
            }
        }
        out.add(NoticeParagraph.of(Role.SIGNATURE, body));
        out.add(NoticeParagraph.of(Role.DATE, DayTexts.chinese(o.date())));
        return new NoticeDraft(out);
    }

    /**
     * "本次“回头看”从“…”带入整改措施5条，其中已完成3条。": 已完成 as the status says (as `followup show`
     * counts them), whatever the rate's rule does with 长期坚持.
     */
    static String carriedSentence(Ledger whole, CarriedOver carried) {
        java.util.Set<Long> ids = new java.util.HashSet<>(carried.measures());
        long done = whole.measures().stream()
                .filter(m -> ids.contains(m.id()) && m.status() == io.github.rectification.ledger.domain.Status.DONE)
                .count();
        return "本次“回头看”从“" + carried.origin() + "”带入整改措施" + carried.measures().size() + "条，其中已完成"
                + done + "条。";
    }

    /**
     * "根据市委统一部署，2021年9月23日至11月30日，市委第一巡察组对市民政局党组开展了巡察“回头看”。2022年1月14日，
     * 市委第一巡察组向市民政局党组反馈了巡察“回头看”意见。…": who ordered it is read from the group's name
     * (市委第一巡察组 → 市委); the end date leaves out a year the start date already gave.
     */
    private static String opening(Inspection i, String unit, String group) {
        String round = i.roundOrDefault();
        Matcher m = ORDERED_BY.matcher(group);
        StringBuilder sb = new StringBuilder("根据").append(m.find() ? m.group(1) : "巡察工作").append("统一部署，");
        if (i.startDate() != null && i.endDate() != null) {
            String end = i.endDate().getYear() == i.startDate().getYear()
                    ? i.endDate().getMonthValue() + "月" + i.endDate().getDayOfMonth() + "日" : DayTexts.chinese(i.endDate());
            sb.append(DayTexts.chinese(i.startDate())).append("至").append(end).append("，");
        }
        sb.append(group).append("对").append(unit).append("开展了").append(round).append("。");
        if (i.feedbackDate() != null) {
            sb.append(DayTexts.chinese(i.feedbackDate())).append("，");
        }
        sb.append(group).append("向").append(unit).append("反馈了").append(round)
                .append("意见。根据巡察工作要求，现将整改落实情况通报如下：");
        return sb.toString();
    }

    /** One section per top-level problem; a sub-problem's measures join its top-level problem's. */
    private static List<NoticeParagraph> sections(Ledger ledger) {
        Map<Long, Problem> byId = new HashMap<>();
        ledger.problems().forEach(p -> byId.put(p.id(), p));
        Map<Long, List<Measure>> measuresOfTop = new HashMap<>();
        for (Measure m : ledger.measures()) {
            Problem top = byId.get(m.problemId());
            while (top != null && top.parentId() != null && byId.containsKey(top.parentId())) {
                top = byId.get(top.parentId());
            }
            if (top != null) {
                measuresOfTop.computeIfAbsent(top.id(), k -> new ArrayList<>()).add(m);
            }
        }
        List<NoticeParagraph> out = new ArrayList<>();
        int n = 0;
        for (Problem p : ledger.problems()) {
            if (p.parentId() != null && byId.containsKey(p.parentId())) {
                continue;
            }
            n++;
            String lead = SequenceLabels.problem(n) + "关于“" + stripTitle(p.title()) + "”问题的整改情况。";
            out.add(new NoticeParagraph(Role.SECTION, lead, body(measuresOfTop.getOrDefault(p.id(), List.of()))));
        }
        return out;
    }

    private static String body(List<Measure> measures) {
        List<String> texts = new ArrayList<>();
        for (Measure m : measures) {
            String t = passage(m);
            t = t == null ? "" : t.strip().replaceAll("\\s*\\R\\s*", "");
            if (!t.isEmpty()) {
                texts.add(t.endsWith("。") || t.endsWith("！") || t.endsWith("；") ? t : t + "。");
            }
        }
        if (texts.isEmpty()) {
            return "（整改情况待补充。）";
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            sb.append(SequenceLabels.ordinal(i + 1)).append(texts.get(i));
        }
        return sb.toString();
    }

    /**
     * What a measure contributes to its section: its progress when that tells what was done (at least
     * {@value #SUBSTANTIVE_PROGRESS} characters), else the measure's own text; a bare "已按期完成整改" or
     * "已完成整改,相关措施纳入日常工作长期坚持" says nothing a notice can use.
     */
    static String passage(Measure m) {
        String progress = m.progress() == null ? "" : m.progress().strip();
        String text = m.text() == null ? "" : m.text().strip();
        boolean told = progress.length() >= SUBSTANTIVE_PROGRESS;
        if (m.status() == Status.DONE || m.status() == Status.LONG_TERM || text.isEmpty()) {
            return told || text.isEmpty() ? progress : text;
        }
        String plan = "下一步，" + text.replaceAll("^下一步[，,：:]?", "");
        if (!told) {
            return plan;
        }
        return (progress.endsWith("。") ? progress : progress + "。") + plan;
    }

    /** A title as ledgers write it may carry its own quotes or a trailing "问题"; the section adds both. */
    private static String stripTitle(String title) {
        String t = title == null ? "" : title.strip();
        t = t.replaceAll("^[“\"]+|[”\"]+$", "");
        t = t.replaceAll("[。.;;]+$", "");
        return t.endsWith("问题") && t.length() > 2 ? t.substring(0, t.length() - 2) : t;
    }
}
