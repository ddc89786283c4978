package io.github.rectification.ledger.report.quality;

import io.github.rectification.ledger.report.stats.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a few lines to read: a kind found up to {@value #EACH_UP_TO} times is listed record by
 * record; a kind found more often is one line with its count and the first record as an example, so
 * that 36 measures without a completion date take one line, not two thirds of a page.
 */
public final class FindingLines {
    static final int EACH_UP_TO = 3;

    private FindingLines() {
    }

    public static List<String> of(List<Finding> findings) {
        Map<Finding.Kind, List<Finding>> byKind = new EnumMap<>(Finding.Kind.class);
        findings.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        List<String> lines = new ArrayList<>();
        byKind.forEach((kind, all) -> {
            if (all.size() <= EACH_UP_TO) {
                all.forEach(f -> lines.add(f.message()));
            } else {
                lines.add(QualityWords.summary(kind, all.size()) + "（如" + all.get(0).message() + "）");
            }
        });
        return lines;
    }

    /** What a kind of finding is, in a few words, to name it in a menu (不再提示…). */
    public static String name(Finding.Kind kind) {
        return QualityWords.summary(kind, 0).replaceFirst("^0(条|个|处)?", "").replaceFirst("^(通报稿中有)0处", "$1");
    }
}
