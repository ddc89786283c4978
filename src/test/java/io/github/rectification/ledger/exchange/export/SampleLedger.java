package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import java.time.LocalDate;
import java.util.List;

/** A small ledger with the cases an export must carry: merged problems, sub-problems, odd texts. */
final class SampleLedger {
    static final String LONG_TEXT = "加强理论武装,".repeat(430);
    static final String FORMULA_TEXT = "=SUM(A1:A3)是公式的样子,但它是整改措施的文字";
    static final String MULTILINE = "第一行\n第二行\n第三行";
    static final String DESCRIPTION = "巡察反馈:理论学习中心组学习不经常,\n研究重大事项程序不规范";
    static final LocalDate COMPLETED_ON = LocalDate.of(2022, 6, 20);

    private SampleLedger() {
    }

    static void fill(LedgerStore store) {
        Inspection a = store.inspections().add(new Inspection(0, "中共某市民政局党组关于市委第三巡察组第一轮常规巡察反馈意见整改落实台账",
                "某市民政局党组", "市委第三巡察组", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30),
                LocalDate.of(2022, 5, 10), LocalDate.of(2022, 9, 30), 0));
        Problem p1 = store.inspections().add(new Problem(0, a.id(), null, "1", "党的领导", "党组领导核心作用发挥不充分", DESCRIPTION, 0));
        store.inspections().add(MeasureBuilder.under(p1.id()).seq("1.1").text("加强理论武装。认真学习习近平总书记重要讲话精神。").leader("王局长")
                .department("办公室").supporting(List.of("组织人事科", "机关党委")).person("李四")
                .deadline(Deadline.on(LocalDate.of(2022, 6, 30))).status(Status.DONE).completedOn(COMPLETED_ON)
                .progress("已完成学习12次").build());
        measure(store, p1, FORMULA_TEXT, new Deadline(DeadlineKind.DATE, LocalDate.of(2022, 3, 31), "2022年3月底"),
                Status.IN_PROGRESS, MULTILINE);
        measure(store, p1, LONG_TEXT, Deadline.longTerm(), Status.LONG_TERM, "+持续推进中");
        Problem p2 = store.inspections().add(new Problem(0, a.id(), null, "2", "作风建设", "形式主义官僚主义问题仍然存在", "", 0));
        measure(store, p2, "-精简会议文件", Deadline.immediate(), Status.NOT_STARTED, "");
        Problem p2a = store.inspections().add(new Problem(0, a.id(), p2.id(), "(1)", "作风建设", "文山会海", "", 0));
        measure(store, p2a, "@压减发文数量", Deadline.NONE, Status.DONE, "发文减少三成");
        store.inspections().add(new Problem(0, a.id(), null, "3", "选人用人", "干部队伍结构不优", "", 0));

        Inspection b = store.inspections().add(new Inspection(0, "2023年巡察[专项]:整改?", "某市民政局党组", "市委第五巡察组",
                null, null, null, null, 0));
        Problem q1 = store.inspections().add(new Problem(0, b.id(), null, "一", "", "专项问题", "", 0));
        measure(store, q1, "专项整改", Deadline.on(LocalDate.of(2023, 12, 31)), Status.IN_PROGRESS, "推进中");

        store.registers().add(new AccountabilityRecord(0, "张三", "科长", "批评教育", p1.id(), LocalDate.of(2022, 7, 1)));
        store.registers().add(new InstitutionRecord(0, "会议管理办法", "民发〔2022〕3号", InstitutionKind.NEW,
                LocalDate.of(2022, 8, 1), p2.id(), null));
    }

    private static void measure(LedgerStore store, Problem p, String text, Deadline d, Status s, String progress) {
        store.inspections().add(MeasureBuilder.under(p.id()).text(text).leader("王局长").department("办公室").person("李四")
                .deadline(d).status(s).progress(progress).build());
    }
}
