package io.github.rectification.ledger.report;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A ledger with the figures of the real notice, written through the store: 29 problems in 4
 * categories with 5 measures each (145), all done but one in-progress measure of the last problem
 * (overdue on {@link #DAY}), of which {@code longTerm} are long-term (one each in the first problems);
 * 2 批评教育, 6 提醒谈话; 27 institutions, 13 new and 14 revised.
 */
public final class NoticeLedger {
    public static final LocalDate DAY = LocalDate.of(2022, 7, 28);
    public static final String UNIT = "市民政局党组";
    public static final String GROUP = "市委第一巡察组";
    public static final List<String> CATEGORIES = List.of("党的理论和路线方针政策贯彻落实方面", "全面从严治党方面",
            "组织路线方面", "巡察整改方面");
    public static final List<String> DEPARTMENTS = List.of("办公室", "养老服务处", "社会救助处", "机关党委", "人事处");
    public static final List<String> LEADERS = List.of("张局长", "李副局长", "王副局长");
    /** The unfinished measure: problem 29, its third measure. */
    public static final String OPEN_MEASURE = "推进螺丝厂改制工作,有效解决职工集资款问题";
    public static final String OPEN_PROBLEM = "历史遗留问题化解力度不够";

    private NoticeLedger() {
    }

    public static Inspection build(LedgerStore store, int longTerm) {
        Inspection i = store.inspections().add(new Inspection(0, "市委第一巡察组巡察“回头看”", UNIT, GROUP, LocalDate.of(2021, 9, 23),
                LocalDate.of(2021, 11, 30), LocalDate.of(2022, 1, 14), DAY, 0));
        for (int p = 1; p <= 29; p++) {
            String category = CATEGORIES.get(p <= 9 ? 0 : p <= 19 ? 1 : p <= 25 ? 2 : 3);
            String title = p == 29 ? OPEN_PROBLEM : p == 1 ? "党组领导核心作用发挥不充分" : "第" + p + "个反馈问题";
            Problem problem = store.inspections().add(new Problem(0, i.id(), null, "(" + p + ")", category, title, "", 0));
            for (int k = 1; k <= 5; k++) {
                boolean open = p == 29 && k == 3;
                Status status = open ? Status.IN_PROGRESS : (k == 5 && p <= longTerm) ? Status.LONG_TERM : Status.DONE;
                String dept = DEPARTMENTS.get((p + k) % DEPARTMENTS.size());
                String leader = LEADERS.get(p % LEADERS.size());
                Deadline deadline = status == Status.LONG_TERM ? Deadline.longTerm() : Deadline.on(LocalDate.of(2022, 3, 31));
                String text = open ? OPEN_MEASURE : "问题" + p + "的第" + k + "条整改措施";
                String progress = open ? "" : k == 4 ? "已按期完成整改。"
                        : "问题" + p + "措施" + k + "已落实:召开专题会议研究部署,形成制度文件并印发执行,定期督查推进,取得阶段成效。";
                store.inspections().add(MeasureBuilder.under(problem.id()).seq(k + ".").text(text).leader(leader)
                        .department(dept).person("经办人").deadline(deadline).status(status)
                        .completedOn(status == Status.DONE ? LocalDate.of(2022, 3, 20) : null)
                        .progress(progress).build());
            }
        }
        for (int a = 0; a < 8; a++) {
            store.registers().add(new AccountabilityRecord(0, "干部" + a, "科员", a < 2 ? "批评教育" : "提醒谈话", null, DAY));
        }
        for (int r = 0; r < 27; r++) {
            store.registers().add(new InstitutionRecord(0, "《制度" + r + "》", "温民办〔2022〕" + r + "号",
                    r < 13 ? InstitutionKind.NEW : InstitutionKind.REVISED, DAY, null, null));
        }
        return i;
    }
}
