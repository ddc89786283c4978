package io.github.rectification.ledger.ui.report;

import io.github.rectification.ledger.report.stats.GroupFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The order of the dashboard's department bars: by number of measures, the most on top. */
final class DepartmentBars {
    private DepartmentBars() {
    }

    /**
     * The departments in the order a category axis down the side draws them, from the bottom up:
     * fewest measures first, so that the department with the most measures is on top; equal
     * counts in the order of their names from the top.
     */
    static List<GroupFigures> bottomUp(List<GroupFigures> departments) {
        List<GroupFigures> out = new ArrayList<>(departments);
        out.sort(Comparator.comparingInt((GroupFigures g) -> g.figures().measures())
                .thenComparing(GroupFigures::name, Comparator.reverseOrder()));
        return out;
    }
}
