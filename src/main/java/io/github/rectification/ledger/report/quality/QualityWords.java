package io.github.rectification.ledger.report.quality;

import io.github.rectification.ledger.report.stats.Finding;

/** The one sentence that sums up a kind of finding. */
final class QualityWords {
    private QualityWords() {
    }

    static String summary(Finding.Kind kind, int n) {
        return switch (kind) {
            case PROBLEM_DONE_WITH_OPEN_MEASURE -> n + "个问题的措施均已完成，但其子问题仍有未完成的措施";
            case DONE_WITHOUT_COMPLETION_DATE -> n + "条措施标为已完成，但未填完成时间";
            case COMPLETION_DATE_BUT_NOT_DONE -> n + "条措施填了完成时间，但未标为已完成";
            case NOTICE_FIGURE_MISMATCH -> "通报稿中有" + n + "处数字与台账不符";
            case NO_DEPARTMENT -> n + "条措施没有牵头部门";
            case NO_LEADER -> n + "条措施没有责任领导";
            case NO_DEADLINE -> n + "条措施没有整改时限";
            case DONE_WITHOUT_PROGRESS -> n + "条措施标为已完成，但没有整改进展";
            case PROGRESS_ONLY_WORDS -> n + "条措施的整改进展只是重复措施或写“已完成”（文字整改）";
            case STALE_IN_PROGRESS -> n + "条正在推进的措施长期未更新";
            case DEADLINE_BEFORE_FEEDBACK -> n + "条未完成措施的整改时限早于反馈日期";
            case DUPLICATE_MEASURE -> n + "条措施在同一问题下重复";
            case DEPARTMENT_NOT_IN_DIRECTORY -> n + "条措施的牵头部门不在机构名录中";
            case DEPARTMENT_ALIAS -> n + "条措施的牵头部门用的是别名";
            case CLOSED_WITHOUT_EVIDENCE -> n + "条措施已销号但没有佐证材料";
        };
    }
}
