package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, deterministic ledger for benchmarks: one or more inspections, problems of 8 to 12
 * measures (10 on average), each measure with 100+ characters of text, a department, a deadline
 * (mostly dates, some texts such as 2024年3月底, some 长期坚持), a status (with its completion date
 * when done) and progress. The same size, number of inspections and seed always give the same
 * ledger; it is produced one problem at a time, never held whole.
 */
public final class SyntheticLedger {
    private static final String[] CATEGORIES = {"党的领导", "党的建设", "全面从严治党", "选人用人", "巡察整改", "意识形态"};
    private static final String[] GROUPS = {"市委第三巡察组", "市委第一巡察组", "市委第二巡察组", "市委第四巡察组", "市委第五巡察组"};
    private static final String[] SUBJECTS = {"理论学习中心组学习", "民主集中制执行", "三重一大事项决策", "基层党组织建设",
        "干部选拔任用", "财务管理制度", "政府采购流程", "工程项目管理", "资产出租出借", "意识形态工作责任制",
        "中央八项规定精神落实", "违规发放津贴补贴", "公务用车管理", "养老服务补贴发放", "社会救助资金监管"};
    private static final String[] FLAWS = {"落实不到位,存在以文件落实文件的现象", "执行不严格,个别事项未经集体研究",
        "制度不健全,监督检查流于形式", "存在薄弱环节,整改成效不明显", "问题整改不彻底,长效机制尚未建立"};
    private static final String[] VERBS = {"制定印发", "修订完善", "严格落实", "全面梳理", "组织开展", "建立健全"};
    private static final String[] OBJECTS = {"专项整治工作方案", "内部控制制度", "议事规则和决策程序", "监督检查台账",
        "问题线索清单", "责任清单和任务清单", "长效管理机制"};
    private static final String[] DETAILS = {"明确责任领导、责任部门和完成时限,逐项对账销号,确保整改工作不走过场、不留死角;",
        "对照巡察反馈意见逐条研究整改措施,压实主体责任,定期调度整改进度,及时解决整改中遇到的困难和问题;",
        "坚持举一反三、标本兼治,把解决具体问题与完善制度机制结合起来,切实以整改实效推动各项工作高质量发展;",
        "由党组书记亲自抓、分管领导具体抓,每月召开一次整改推进会,听取整改情况汇报,督促整改任务按时完成。"};
    private static final String[] PROGRESS = {"已召开专题会议研究部署,印发整改工作方案,整改任务已分解到各责任部门,正在按计划推进。",
        "已完成问题排查,建立问题清单和整改台账,相关制度已修订完善并印发执行,整改成效经检查验收合格。",
        "已组织开展专项检查两次,发现的问题已督促整改到位,下一步将持续跟踪问效,防止问题反弹回潮。"};
    private static final String[] DEPARTMENTS = {"办公室", "组织人事科", "财务审计科", "机关党委", "社会救助科", "养老服务科",
        "社会事务科", "基层政权科", "规划财务科", "法规科", "纪检监察室", "信息中心"};
    /** Units beyond the bureau's own offices, for ledgers shared out over many departments. */
    private static final String[] DISTRICTS = {"东城区", "西城区", "南湖区", "北山区", "江滨区", "高新区", "经开区", "临港区",
        "青山县", "白水县", "河口县", "松林县", "石门县", "桃源县", "梅岭县", "云台县", "龙泉县", "金沙县", "清溪县"};
    private static final String[] UNITS = {"民政局", "社会福利院"};
    private static final String[] LEADERS = {"王建国", "李明华", "张志强", "刘卫东", "陈晓燕"};
    private static final String[] PERSONS = {"赵敏", "孙磊", "周婷", "吴刚", "郑丽", "冯涛", "何静", "许杰"};
    private static final String[] EVIDENCE = {"会议纪要、签到表", "制度文件", "检查记录、整改报告", "台账资料"};

    private final int measures;
    private final int inspections;
    private final long seed;
    private final String[] departments;

    /** One inspection of {@code measures} measures, with the seed the exchange benchmark has always used. */
    public SyntheticLedger(int measures) {
        this(measures, 1, 20240630L + measures);
    }

    /** {@code measures} measures shared out over {@code inspections} inspections. */
    public SyntheticLedger(int measures, int inspections, long seed) {
        if (measures < 1 || inspections < 1) {
            throw new IllegalArgumentException("measures and inspections must be positive: " + measures + ", "
                    + inspections);
        }
        this.measures = measures;
        this.inspections = inspections;
        this.seed = seed;
        this.departments = DEPARTMENTS;
    }

    private SyntheticLedger(SyntheticLedger base, String[] departments) {
        this.measures = base.measures;
        this.inspections = base.inspections;
        this.seed = base.seed;
        this.departments = departments;
    }

    /**
     * The same ledger with its measures led by {@code count} departments: the bureau's offices, then
     * the districts' and counties' bureaus and welfare homes (at most 50).
     */
    public SyntheticLedger withDepartments(int count) {
        int most = DEPARTMENTS.length + DISTRICTS.length * UNITS.length;
        if (count < 1 || count > most) {
            throw new IllegalArgumentException("departments must be 1 to " + most + ": " + count);
        }
        String[] names = new String[count];
        for (int k = 0; k < count; k++) {
            int d = k - DEPARTMENTS.length;
            names[k] = d < 0 ? DEPARTMENTS[k] : DISTRICTS[d % DISTRICTS.length] + UNITS[d / DISTRICTS.length];
        }
        return new SyntheticLedger(this, names);
    }

    /** The departments the measures are led by. */
    public List<String> departments() {
        return List.of(departments);
    }

    public int measures() {
        return measures;
    }

    public int inspections() {
        return inspections;
    }

    /** The first inspection (the only one of a one-inspection ledger). */
    public Inspection inspection() {
        return inspection(0);
    }

    /** Inspection {@code k} (from 0): a round of another inspection group, a year after the one before. */
    public Inspection inspection(int k) {
        String group = GROUPS[k % GROUPS.length];
        return new Inspection(0, "中共某市民政局党组关于" + group + "反馈意见整改落实台账", "某市民政局党组", group,
                LocalDate.of(2023, 3, 1).plusYears(k), LocalDate.of(2023, 4, 30).plusYears(k),
                LocalDate.of(2023, 5, 20).plusYears(k), reportDate(k), k + 1);
    }

    private static LocalDate reportDate(int k) {
        return LocalDate.of(2024, 6, 30).plusYears(k);
    }

    /**
     * One problem of inspection {@code inspection} (from 0) with its measures (ids 0, the problem id
     * of each measure 0) and their evidence texts.
     */
    public record Entry(int inspection, Problem problem, List<Measure> measures, List<String> evidence) {
    }

    /** Receives the problems in order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Entry entry) throws Exception;
    }

    /** Produces the problems one after the other, inspection by inspection, never holding more than one. */
    public void forEach(Sink sink) throws Exception {
        Random r = new Random(seed);
        for (int i = 0; i < inspections; i++) {
            int share = measures / inspections + (i < measures % inspections ? 1 : 0);
            int written = 0;
            int k = 0;
            while (written < share) {
                k++;
                int count = Math.min(share - written, 8 + r.nextInt(5));
                String category = CATEGORIES[(k - 1) / 20 % CATEGORIES.length];
                String title = "在" + pick(r, SUBJECTS) + "方面," + pick(r, FLAWS) + "。巡察发现第" + k
                        + "项具体问题,涉及" + pick(r, DEPARTMENTS) + "等部门,需限期整改。";
                Problem p = new Problem(0, 0, null, Integer.toString(k), category, title, "", k);
                List<Measure> list = new ArrayList<>(count);
                List<String> evidence = new ArrayList<>(count);
                for (int m = 1; m <= count; m++) {
                    list.add(measure(r, k, m, reportDate(i), departments));
                    evidence.add(pick(r, EVIDENCE));
                }
                sink.accept(new Entry(i, p, list, evidence));
                written += count;
            }
        }
    }

    private static Measure measure(Random r, int problem, int m, LocalDate reported, String[] departments) {
        String text = SequenceLabels.ordinal(Math.min(m, 99)) + pick(r, VERBS) + pick(r, OBJECTS) + "。" + pick(r, DETAILS)
                + "针对第" + problem + "项问题," + pick(r, DETAILS);
        int roll = r.nextInt(100);
        Deadline deadline;
        if (roll < 70) {
            deadline = Deadline.on(YearMonth.of(2023 + r.nextInt(2), 1 + r.nextInt(12)).atEndOfMonth());
        } else if (roll < 85) {
            YearMonth ym = YearMonth.of(2023 + r.nextInt(2), 1 + r.nextInt(12));
            deadline = new Deadline(io.github.rectification.ledger.domain.DeadlineKind.DATE, ym.atEndOfMonth(),
                    ym.getYear() + "年" + ym.getMonthValue() + "月底");
        } else {
            deadline = Deadline.longTerm();
        }
        Status status = deadline.kind() == io.github.rectification.ledger.domain.DeadlineKind.LONG_TERM
                ? Status.LONG_TERM
                : switch (r.nextInt(10)) {
                    case 0, 1, 2, 3, 4, 5 -> Status.DONE;
                    case 6, 7, 8 -> Status.IN_PROGRESS;
                    default -> Status.NOT_STARTED;
                };
        // done by the deadline, or by the day of the report when that came first
        LocalDate completed = status != Status.DONE ? null
                : deadline.date().isBefore(reported) ? deadline.date() : reported;
        return new Measure(0, 0, "", text, pick(r, LEADERS), pick(r, departments), List.of(), pick(r, PERSONS),
                deadline, status, completed, pick(r, PROGRESS), "", m);
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
