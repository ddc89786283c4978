package io.github.rectification.ledger.report.summary;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.report.stats.GroupFigures;
import io.github.rectification.ledger.report.stats.LedgerStatistics;
import io.github.rectification.ledger.report.stats.OpenMeasure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays out the leaders' summary from the statistics. */
public final class SummaryBuilder {
    static final List<String> GROUP_COLUMNS =
            List.of("问题数", "措施数", "已完成", "长期坚持", "未完成", "逾期", "完成率");

    private SummaryBuilder() {
    }

    public static SummaryDocument of(LedgerStatistics s) {
        LedgerFigures f = s.figures();
        Set<String> units = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Inspection i : s.ledger().inspections()) {
            if (i.inspectedUnit() != null && !i.inspectedUnit().isBlank()) {
                units.add(i.inspectedUnit().strip());
            }
            if (i.name() != null && !i.name().isBlank()) {
                names.add(i.name().strip());
            }
        }
        String title = String.join("、", units) + "巡察整改落实情况汇总";
        String subtitle = names.isEmpty() ? "" : String.join("、", names);
        String dateLine = asOf(s);

        List<KeyFigure> keys = new ArrayList<>();
        keys.add(new KeyFigure("反馈问题", f.problems() + "个"));
        keys.add(new KeyFigure("整改措施", f.measures() + "条"));
        keys.add(new KeyFigure("已完成整改", f.measuresCountedDone() + "条"
                + (f.rule().longTermCountsAsDone() ? "（含长期坚持" + f.count(Status.LONG_TERM) + "条）" : "")));
        keys.add(new KeyFigure("整改完成率", f.rate().formatted()));
        keys.add(new KeyFigure("尚未整改到位", f.problemsUnfinished() + "个问题（" + f.measuresUnfinished() + "条措施）"));
        keys.add(new KeyFigure("逾期未完成", f.overdue() + "条措施"));
        keys.add(new KeyFigure("问责", f.accountabilityPersons() + "人" + accountability(f)));
        keys.add(new KeyFigure("建章立制", f.institutions() + "项（新制定" + f.institutionsNew() + "项，修订完善"
                + f.institutionsRevised() + "项）"));

        List<SummaryTable> tables = new ArrayList<>();
        tables.add(groupTable("一、按问题类别统计", "问题类别", s.byCategory()));
        tables.add(groupTable("二、按牵头部门统计", "牵头部门", s.byDepartment()));
        tables.add(openTable(s));
        return new SummaryDocument(title, subtitle, dateLine, keys, "计算口径：" + f.ruleText(), tables);
    }

    private static String accountability(LedgerFigures f) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : f.accountabilityByKind().entrySet()) {
            if (e.getValue() > 0) {
                parts.add(e.getKey() + e.getValue() + "人");
            }
        }
        return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
    }

    private static SummaryTable groupTable(String heading, String first, List<GroupFigures> groups) {
        List<String> columns = new ArrayList<>();
        columns.add(first);
        columns.addAll(GROUP_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (GroupFigures g : groups) {
            LedgerFigures f = g.figures();
            rows.add(List.of(g.name(), Integer.toString(f.problems()), Integer.toString(f.measures()),
                    Integer.toString(f.count(Status.DONE)), Integer.toString(f.count(Status.LONG_TERM)),
                    Integer.toString(f.measuresUnfinished()), Integer.toString(f.overdue()), f.rate().formatted()));
        }
        return new SummaryTable(heading, columns, List.of(3.2, 1.0, 1.0, 1.0, 1.1, 1.0, 1.0, 1.3), rows, "无");
    }

    private static SummaryTable openTable(LedgerStatistics s) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (OpenMeasure o : s.open()) {
            n++;
            String state = o.measure().status().word();
            if (o.band() != null) {
                state += "\n" + (o.overdue() ? days(o.daysLeft()) : o.band().word() + " " + days(o.daysLeft()));
            }
            rows.add(List.of(Integer.toString(n), o.problem() == null ? "" : o.problem().title(), o.measure().text(),
                    o.measure().leader(), o.measure().department(), o.measure().deadline().printed(), state));
        }
        return new SummaryTable("三、未完成及逾期整改措施（" + asOf(s) + "）",
                List.of("序号", "问题", "整改措施", "责任领导", "牵头部门", "整改时限", "状态"),
                List.of(0.85, 2.2, 4.2, 1.3, 1.6, 1.9, 2.2), rows, "无未完成的整改措施。");
    }

    /** The reference date every summary and warning list states: 截至2022年7月28日. */
    public static String asOf(LedgerStatistics s) {
        return "截至" + DayTexts.chinese(s.day());
    }

    private static String days(long left) {
        return left < 0 ? "逾期" + (-left) + "天" : left == 0 ? "今日到期" : "剩余" + left + "天";
    }
}
