package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.report.stats.Finding;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One line on standard error for what a report's consistency check found, instead of a line per
 * measure: "提示：台账中有 37 处需要核对（已完成但未填完成时间 37 条），逐条查看请用 stats --json".
 */
final class FindingsLine {
    private FindingsLine() {
    }

    static Optional<String> of(List<Finding> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        Map<Finding.Kind, Integer> byKind = new EnumMap<>(Finding.Kind.class);
        findings.forEach(f -> byKind.merge(f.kind(), 1, Integer::sum));
        StringJoiner parts = new StringJoiner("，");
        byKind.forEach((k, n) -> parts.add(word(k) + " " + n + " 条"));
        return Optional.of("提示：台账中有 " + findings.size() + " 处需要核对（" + parts + "），逐条查看请用 stats --json");
    }

    private static String word(Finding.Kind k) {
        return switch (k) {
            case PROBLEM_DONE_WITH_OPEN_MEASURE -> "问题计为已整改但仍有未完成措施";
            case DONE_WITHOUT_COMPLETION_DATE -> "已完成但未填完成时间";
            case COMPLETION_DATE_BUT_NOT_DONE -> "填了完成时间但未标为已完成";
            case NOTICE_FIGURE_MISMATCH -> "通报数字与台账不一致";
            // the office's own checks come from the quality check (check), which words them itself
            default -> k.code();
        };
    }
}
