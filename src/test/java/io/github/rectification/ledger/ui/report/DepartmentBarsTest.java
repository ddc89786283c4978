package io.github.rectification.ledger.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CompletionRate;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.report.stats.GroupFigures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DepartmentBarsTest {

    @Test
    void theDepartmentWithTheMostMeasuresIsOnTop() {
        List<GroupFigures> byName = List.of(group("办公室", 3), group("财务审计处", 12), group("社会救助处", 7),
                group("养老服务处", 12));
        // bottom up: fewest first; the top bar is the last
        assertThat(DepartmentBars.bottomUp(byName)).extracting(GroupFigures::name)
                .containsExactly("办公室", "社会救助处", "财务审计处", "养老服务处");
    }

    private static GroupFigures group(String name, int measures) {
        return new GroupFigures(name, new LedgerFigures(1, 1, measures, Map.of(), CountingRule.DEFAULT, 0,
                new CompletionRate(0, measures), 1, measures, 0, Map.of(), 0, 0));
    }
}
