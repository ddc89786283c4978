package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A large, realistic ledger for benchmarks: several inspections, about ten measures per problem,
 * measure texts of more than 100 characters composed from phrase lists, mixed statuses and
 * deadlines. The same seed gives the same ledger.
 */
public final class SyntheticLedger {
    private static final List<String> CATEGORIES = List.of(
            "贯彻落实党的理论和路线方针政策及上级决策部署方面", "落实全面从严治党战略部署方面",
            "落实新时代党的组织路线方面", "落实巡察整改和日常监督方面");
    private static final List<String> PROBLEMS = List.of(
            "党组领导核心作用发挥不充分", "服务共同富裕示范区建设存在不足", "聚焦民生工作还有欠缺",
            "部分改革项目推进不到位", "落实意识形态工作不够到位", "风险防控存在短板", "监督管理不够严",
            "制度建设与执行不够到位", "财经纪律执行不严格", "落实全面从严治党不够有力", "党建工作抓得不够紧",
            "选人用人相关制度执行不到位", "历史遗留问题化解力度不够", "部分问题整改不够到位",
            "养老服务体系建设统筹不够", "社会救助政策落实有偏差", "殡葬领域专项整治不彻底",
            "基层社会治理能力有短板", "慈善组织监管存在薄弱环节", "干部队伍建设有欠账");
    private static final List<String> HEADS = List.of(
            "加强理论武装", "加强养老服务统筹谋划", "扎实开展安全隐患整治", "落实低保调标工作",
            "提高儿童福利保障水平", "加快推进养老事业发展", "规范落实殡葬管理制度", "深入推进行政审批改革",
            "全力推进数字化改革", "加快推动基层社会治理", "全面开展自查自纠", "加大督导整改力度",
            "加强业务培训指导", "落细落实疫情防控措施", "严格落实采购审批制度", "规范非政府采购项目管理",
            "压实主体责任", "严格履行“一岗双责”", "规范组织生活制度", "加强年轻干部培养");
    private static final List<String> ACTIONS = List.of(
            "认真学习习近平总书记关于民政工作的重要指示精神,逐条对照差距", "研究制定专项工作方案,明确责任分工和时间节点",
            "组织召开专题会议,传达学习上级有关文件精神", "成立工作专班,由分管领导牵头推进",
            "对照问题清单逐项梳理,建立整改台账", "开展全面排查,形成问题清单和整改清单",
            "委托第三方开展专项审计,不断提高规范化管理水平", "联合财政、市场监管部门制定出台实施意见",
            "将相关工作纳入市对县考核指标", "指导各县(市、区)民政部门进一步规范审批管理");
    private static final List<String> RESULTS = List.of(
            "全市养老服务机构消防安全检查覆盖率达到百分之百", "新(改)建老年食堂200个,居家养老服务照料中心110个",
            "社会散居孤儿和困境儿童基本生活标准进一步提高", "低保年标准达到11000元以上",
            "殡葬服务收费项目清单在醒目位置公示,接受社会监督", "社会组织联合审批系统全面推广使用",
            "干部人事档案日常管理进一步规范", "局本级财务收支内部审计全面完成",
            "“三重一大”事项报告备案工作进一步规范", "党员干部廉政风险防控意识不断增强");
    private static final List<String> CLOSINGS = List.of(
            "下一步将持续跟踪问效,确保整改取得实实在在的效果。", "相关措施已纳入日常工作,长期坚持。",
            "同时建立长效机制,防止问题反弹回潮。", "并定期听取整改情况汇报,及时研究解决存在的困难。");
    private static final List<String> DEPARTMENTS = List.of(
            "办公室", "人事处", "财务处", "机关党委", "养老服务处", "社会救助处", "社会事务处", "儿童福利处",
            "慈善社会工作处", "社会组织管理局", "行政审批处", "基层政权建设和社区治理处", "移民管理处", "区划地名处");
    private static final List<String> LEADERS = List.of(
            "局党组书记、局长", "局党组副书记、副局长", "局党组成员、副局长", "局党组成员、机关党委书记");
    private static final List<String> GROUPS = List.of(
            "市委第一巡察组", "市委第二巡察组", "市委第三巡察组", "市委第四巡察组", "市委第五巡察组");

    private SyntheticLedger() {
    }

    /** What was written. */
    public record Size(int inspections, int problems, int measures) {
    }

    /**
     * Writes {@code measures} measures in {@code inspections} inspections (about ten measures per
     * problem) through the store's bulk writer, in one transaction.
     */
    public static Size write(LedgerStore store, int measures, int inspections, long seed) {
        if (measures < 0 || inspections < 1) {
            throw new IllegalArgumentException("measures " + measures + ", inspections " + inspections);
        }
        Random random = new Random(seed);
        return store.bulk(w -> {
            int problems = 0;
            int written = 0;
            for (int k = 0; k < inspections; k++) {
                int share = measures / inspections + (k < measures % inspections ? 1 : 0);
                int year = 2019 + k;
                String group = GROUPS.get(k % GROUPS.size());
                Inspection i = w.add(new Inspection(0, year + "年" + group + "巡察反馈意见整改", "市民政局党组", group,
                        LocalDate.of(year - 1, 9, 23), LocalDate.of(year - 1, 11, 30), LocalDate.of(year, 1, 14),
                        LocalDate.of(year, 7, 28), 0));
                int estimate = Math.max(1, share / 10);
                int left = share;
                int n = 0;
                while (left > 0) {
                    int count = Math.min(left, 8 + random.nextInt(5));
                    n++;
                    String seq = n <= 999 ? SequenceLabels.problem(n) : "(" + n + ")";
                    String category = CATEGORIES.get(Math.min(CATEGORIES.size() - 1, (n - 1) * CATEGORIES.size() / estimate));
                    Problem p = w.add(new Problem(0, i.id(), null, seq, category, pick(random, PROBLEMS) + "(" + n + ")",
                            "", 0));
                    for (int m = 1; m <= count; m++) {
                        w.add(measure(random, p.id(), m, year));
                    }
                    problems++;
                    written += count;
                    left -= count;
                }
            }
            return new Size(inspections, problems, written);
        });
    }

    private static Measure measure(Random random, long problemId, int n, int year) {
        String text = pick(random, HEADS) + "。" + pick(random, ACTIONS) + ";" + pick(random, ACTIONS) + ","
                + pick(random, RESULTS) + "," + pick(random, RESULTS) + "。截至" + year + "年" + (1 + random.nextInt(12)) + "月底,共完成"
                + (1 + random.nextInt(300)) + "项具体任务," + pick(random, CLOSINGS);
        int roll = random.nextInt(100);
        Status status = roll < 60 ? Status.DONE : roll < 80 ? Status.IN_PROGRESS : roll < 90 ? Status.LONG_TERM
                : Status.NOT_STARTED;
        Deadline deadline;
        if (status == Status.LONG_TERM || random.nextInt(20) == 0) {
            deadline = Deadline.longTerm();
        } else if (random.nextInt(25) == 0) {
            deadline = Deadline.immediate();
        } else {
            deadline = Deadline.on(LocalDate.of(year, 3 + random.nextInt(10), 1).plusMonths(1).minusDays(1));
        }
        String department = pick(random, DEPARTMENTS);
        LocalDate completed = status == Status.DONE ? LocalDate.of(year, 2 + random.nextInt(10), 1 + random.nextInt(28))
                : null;
        String progress = status == Status.DONE ? "已按期完成整改。" : status == Status.LONG_TERM
                ? "已完成阶段性整改,相关措施纳入日常工作长期坚持。" : "正在推进," + pick(random, ACTIONS) + "。";
        return new Measure(0, problemId, n + ".", text, pick(random, LEADERS), department, List.of(),
                department + "主要负责人", deadline, status, completed, progress, "", 0);
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
