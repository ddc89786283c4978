package io.github.rectification.ledger.domain;

import java.util.List;

/** The areas most problems are filed under (问题类别); offered for choice, never enforced. */
public final class ProblemCategories {
    public static final List<String> STANDARD = List.of(
            "党的理论和路线方针政策贯彻落实方面", "全面从严治党方面", "组织路线方面", "巡察整改方面");

    private ProblemCategories() {
    }
}
