package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.report.stats.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the figures written in a notice draft with the ledger's: every figure of the summary
 * sentence that the office may have typed or changed by hand ("整改完成率99.13%" for 144 of 145).
 */
public final class NoticeFigureCheck {
    private NoticeFigureCheck() {
    }

    public static List<Finding> check(String draftText, LedgerFigures f) {
        List<Finding> out = new ArrayList<>();
        compare(out, draftText, "反馈的(\\d+)个问题", "反馈问题数", f.problems(), "个");
        compare(out, draftText, "制定(\\d+)条整改措施", "整改措施数", f.measures(), "条");
        compare(out, draftText, "已完成整改(\\d+)条", "已完成措施数", f.measuresCountedDone(), "条");
        compare(out, draftText, "尚未整改到位(\\d+)个问题", "尚未整改到位问题数", f.problemsUnfinished(), "个");
        compare(out, draftText, "尚未整改到位\\d+个问题[((](\\d+)条", "尚未完成措施数", f.measuresUnfinished(), "条");
        Set<String> kinds = new LinkedHashSet<>(AccountabilityRecord.KINDS);
        kinds.addAll(f.accountabilityByKind().keySet());
        for (String kind : kinds) {
            compare(out, draftText, Pattern.quote(kind) + "(\\d+)人", kind + "人数",
                    f.accountabilityByKind().getOrDefault(kind, 0), "人");
        }
        compare(out, draftText, "建章立制(\\d+)项", "建章立制数", f.institutions(), "项");
        compare(out, draftText, "新制定制度(\\d+)项", "新制定制度数", f.institutionsNew(), "项");
        compare(out, draftText, "修订完善制度(\\d+)项", "修订完善制度数", f.institutionsRevised(), "项");
        Matcher rate = Pattern.compile("整改完成率\\s*(\\d+(?:\\.\\d+)?)\\s*[%%]").matcher(draftText);
        String expected = f.rate().formatted();
        Set<String> seen = new LinkedHashSet<>();
        while (rate.find()) {
            String written = rate.group(1) + "%";
            if (!written.equals(expected) && seen.add(written)) {
                out.add(mismatch("通报稿写“完成率" + written + "”，台账" + f.ruleText() + "为" + expected));
            }
        }
        return List.copyOf(out);
    }

    private static void compare(List<Finding> out, String text, String regex, String what, int expected,
            String unit) {
        Matcher m = Pattern.compile(regex).matcher(text);
        Set<Integer> seen = new LinkedHashSet<>();
        while (m.find()) {
            int written = Integer.parseInt(m.group(1));
            if (written != expected && seen.add(written)) {
                out.add(mismatch("通报稿中" + what + "写为" + written + unit + ",台账为" + expected + unit));
            }
        }
    }

    private static Finding mismatch(String message) {
        return new Finding(Finding.Kind.NOTICE_FIGURE_MISMATCH, null, null, message);
    }
}
