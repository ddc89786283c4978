package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.ChinesePunctuation;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The notice's summary paragraph, in the wording offices use:
 * "针对{巡察组}反馈的{N}个问题,制定{M}条整改措施,已完成整改{D}条措施,整改完成率{R};尚未整改到位{U}个问题({V}条整改措施)。
 * 在巡察整改中,批评教育{a}人,提醒谈话{b}人,建章立制{T}项,其中新制定制度{n}项,修订完善制度{r}项。"
 * A clause is written for each form of accountability that holds persons and none for the others.
 */
public final class SummarySentence {
    private SummarySentence() {
    }

    public static String of(String inspectionGroup, LedgerFigures f) {
        StringBuilder sb = new StringBuilder("针对");
        sb.append(blankOr(inspectionGroup, "巡察组")).append("反馈的").append(f.problems()).append("个问题,制定")
                .append(f.measures()).append("条整改措施,已完成整改").append(f.measuresCountedDone()).append("条措施");
        int longTerm = f.count(Status.LONG_TERM);
        if (f.rule().longTermCountsAsDone() && longTerm > 0) {
            sb.append("(含长期坚持").append(longTerm).append("条)");
        }
        sb.append(f.rule().basis() == CountingRule.Basis.PROBLEMS ? ",问题整改完成率" : ",整改完成率")
                .append(f.rate().formatted());
        if (f.problemsUnfinished() > 0) {
            sb.append(";尚未整改到位").append(f.problemsUnfinished()).append("个问题(")
                    .append(f.measuresUnfinished()).append("条整改措施)。");
        } else {
            sb.append(";反馈问题已全部整改到位。");
        }
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<String, Integer> e : f.accountabilityByKind().entrySet()) {
            if (e.getValue() > 0) {
                clauses.add(e.getKey() + e.getValue() + "人");
            }
        }
        if (f.institutions() > 0) {
            StringBuilder inst = new StringBuilder("建章立制").append(f.institutions()).append("项");
            if (f.institutionsNew() > 0 && f.institutionsRevised() > 0) {
                inst.append(",其中新制定制度").append(f.institutionsNew()).append("项,修订完善制度")
                        .append(f.institutionsRevised()).append("项");
            } else if (f.institutionsNew() > 0) {
                inst.append(",均为新制定制度");
            } else {
                inst.append(",均为修订完善制度");
            }
            clauses.add(inst.toString());
        }
        if (!clauses.isEmpty()) {
            sb.append("在巡察整改中,").append(String.join(",", clauses)).append("。");
        }
        return ChinesePunctuation.normalize(sb.toString());
    }

    static String blankOr(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s.strip();
    }
}
