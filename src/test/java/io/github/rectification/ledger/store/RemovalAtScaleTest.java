package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delete of an inspection or a problem large enough to go through several chunks of the held
 * tables and past what the search feed follows row by row, and its undo: every column of every
 * row comes back as it was (compared as SQLite's own {@code quote()} of each value, so a number
 * stored as text would show), with the evidence, the close-out, the register links and the history
 * the delete left, and one history row per record for the delete and one for the undo.
 */
class RemovalAtScaleTest {
    static final int PROBLEMS = 1_100;
    static final int MEASURES_PER_PROBLEM = 20;
    static final String[] TABLES = {"inspection", "problem", "measure", "accountability", "institution", "evidence",
        "closeout", "history"};

    @TempDir
    Path dir;
    LedgerStore store;
    Path file;
    long big;
    long small;
    long parentProblem;
    Measure closed;
    long accountability;
    long institution;

    @BeforeEach
    void build() throws Exception {
        file = dir.resolve("l.zgtz");
        store = LedgerStore.open(file);
        store.setAuthor("王会计");
        Inspection first = store.inspections().add(new Inspection(0, "市委第一巡察组巡察市民政局", "市民政局", "第一巡察组",
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), LocalDate.of(2021, 6, 1), null, 1));
        big = first.id();
        small = store.inspections().add(Inspection.draft("第二轮巡察")).id();
        store.unitOfWork().bulk(w -> {
            long parent = 0;
            for (int p = 1; p <= PROBLEMS; p++) {
                // every tenth problem is a sub-problem of the one before it
                Long parentId = p % 10 == 0 ? parent : null;
                Problem problem = w.add(new Problem(0, big, parentId, "(" + p + ")", p % 3 == 0 ? "" : "全面从严治党方面",
                        "问题" + p + "：养老服务机构监管不到位𠀀", p % 7 == 0 ? "" : "描述" + p, p));
                parent = problem.id();
                for (int k = 1; k <= MEASURES_PER_PROBLEM; k++) {
                    int n = p * 100 + k;
                    Deadline deadline = switch (n % 4) {
                        case 0 -> Deadline.on(LocalDate.of(2022, 1, 1).plusDays(n % 700));
                        case 1 -> Deadline.longTerm();
                        case 2 -> Deadline.immediate();
                        default -> Deadline.NONE;
                    };
                    Status status = Status.values()[n % Status.values().length];
                    w.add(new Measure(0, problem.id(), k + ".", "措施" + n + "：开展安全隐患排查" + "整治".repeat(n % 40),
                            "分管副局长" + (n % 3), "养老服务处", n % 5 == 0 ? List.of("财务处", "办公室") : List.of(),
                            n % 2 == 0 ? "张三" : "", deadline, status,
                            status == Status.DONE ? LocalDate.of(2022, 6, 1).plusDays(n % 30) : null,
                            n % 6 == 0 ? "" : "已完成" + n, n % 9 == 0 ? "备注" + n : "", k));
                }
            }
            Problem other = w.add(Problem.draft(small, "另一次巡察的问题"));
            w.add(Measure.draft(other.id(), "另一次巡察的措施"));
            return null;
        });
        List<Problem> problems = store.inspections().problemsInOrder(big);
        parentProblem = problems.stream().filter(p -> p.parentId() != null).findFirst().orElseThrow().parentId();
        Measure m = store.inspections().measures(problems.get(5).id()).get(0);
        closed = m.withStatus(Status.DONE).withCompletedOn(LocalDate.of(2022, 5, 1));
        store.inspections().update(closed);
        String uid = store.history().uidOf(io.github.rectification.ledger.domain.RecordKind.MEASURE, m.id());
        store.closeOut().request(uid, "已整改完毕");
        Path pdf = Files.writeString(dir.resolve("整改报告.pdf"), "%PDF-1.4 整改报告");
        store.evidence().attach(EvidenceOwner.measure(uid), List.of(pdf));
        accountability = store.registers().add(new AccountabilityRecord(0, "李四", "科长", "批评教育",
                problems.get(7).id(), LocalDate.of(2021, 8, 1))).id();
        institution = store.registers().add(new InstitutionRecord(0, "养老机构安全管理办法", "民发〔2021〕1号",
                InstitutionKind.NEW, LocalDate.of(2021, 9, 1), problems.get(8).id(),
                store.inspections().measures(problems.get(9).id()).get(1).id())).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anInspectionOfTwentyThousandMeasuresComesBackRowForRow() throws Exception {
        Map<String, List<String>> before = snapshot();
        assertThat(before.get("measure")).hasSize(PROBLEMS * MEASURES_PER_PROBLEM + 1);
        List<long[]> heard = new ArrayList<>();

        Removed removed = store.reportingProgress((done, total) -> heard.add(new long[] {done, total}),
                () -> store.inspections().removeInspection(big));

        assertThat(removed.problemCount()).isEqualTo(PROBLEMS);
        assertThat(removed.measureCount()).isEqualTo(PROBLEMS * MEASURES_PER_PROBLEM);
        assertThat(removed.relinkedCount()).isEqualTo(2);
        Map<String, List<String>> gone = snapshot();
        assertThat(gone.get("inspection")).hasSize(1);
        assertThat(gone.get("problem")).hasSize(1);
        assertThat(gone.get("measure")).hasSize(1);
        assertThat(gone.get("evidence")).as("evidence stays for the undo").isEqualTo(before.get("evidence"));
        assertThat(gone.get("closeout")).isEqualTo(before.get("closeout"));
        assertThat(store.registers().accountability()).singleElement()
                .satisfies(a -> assertThat(a.problemId()).isNull());
        assertThat(store.registers().institutions()).singleElement().satisfies(i -> {
            assertThat(i.problemId()).isNull();
            assertThat(i.measureId()).isNull();
        });
        assertThat(actions("remove")).isEqualTo(1 + PROBLEMS + PROBLEMS * MEASURES_PER_PROBLEM);
        assertProgress(heard);

        heard.clear();
        store.unitOfWork().run(ChangeSource.UNDO, () -> store.reportingProgress(
                (done, total) -> heard.add(new long[] {done, total}), () -> {
                    store.inspections().restore(removed);
                    return null;
                }));

        Map<String, List<String>> after = snapshot();
        for (String table : TABLES) {
            if (!table.equals("history")) {
                assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
            }
        }
        assertThat(after.get("history").subList(0, before.get("history").size()))
                .as("the history before the delete is as it was").isEqualTo(before.get("history"));
        assertThat(actions("restore")).isEqualTo(1 + PROBLEMS + PROBLEMS * MEASURES_PER_PROBLEM);
        assertThat(count("SELECT count(*) FROM history WHERE action = 'restore' AND source = 'undo'"
                + " AND inspection_id = " + big)).isEqualTo(1 + PROBLEMS + PROBLEMS * MEASURES_PER_PROBLEM);
        assertThat(count("SELECT count(*) FROM (SELECT record_uid FROM history WHERE action IN ('remove', 'restore')"
                + " GROUP BY table_name, record_uid HAVING count(*) = 2)"))
                .as("each record once removed and once restored").isEqualTo(1 + PROBLEMS + PROBLEMS * MEASURES_PER_PROBLEM);
        assertThat(store.closeOut().of(store.history().uidOf(io.github.rectification.ledger.domain.RecordKind.MEASURE,
                closed.id())).state()).isEqualTo(CloseOutState.REQUESTED);
        assertThat(store.evidence().of(EvidenceOwner.measure(store.history().uidOf(
                io.github.rectification.ledger.domain.RecordKind.MEASURE, closed.id())))).hasSize(1);
        assertProgress(heard);

        assertThatThrownBy(() -> store.inspections().restore(removed))
                .as("what was put back is not held any more").isInstanceOf(StoreException.class);
        assertThat(snapshot()).isEqualTo(after);
    }

    @Test
    void aProblemWithItsSubProblemsComesBackRowForRowAndAFailedUndoCanBeTriedAgain() throws Exception {
        Map<String, List<String>> before = snapshot();
        Removed removed = store.inspections().removeProblem(parentProblem);
        assertThat(removed.problemCount()).isEqualTo(2);
        assertThat(removed.measureCount()).isEqualTo(2 * MEASURES_PER_PROBLEM);
        assertThat(store.inspections().problem(parentProblem)).isEmpty();

        // a row in the way: the undo fails as a whole and leaves the held rows for another try
        long blocking;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("INSERT INTO problem (id, uid, inspection_id, title) VALUES (" + parentProblem
                    + ", 'in-the-way', " + small + ", '挡路')");
            blocking = parentProblem;
        }
        assertThatThrownBy(() -> store.inspections().restore(removed)).isInstanceOf(StoreException.class);
        assertThat(store.inspections().problem(blocking).orElseThrow().title()).isEqualTo("挡路");
        assertThat(count("SELECT count(*) FROM history WHERE action = 'restore'")).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("DELETE FROM problem WHERE uid = 'in-the-way'");
        }

        store.inspections().restore(removed);
        Map<String, List<String>> after = snapshot();
        for (String table : TABLES) {
            if (!table.equals("history")) {
                assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
            }
        }
        assertThat(count("SELECT count(*) FROM history WHERE action = 'restore'"))
                .isEqualTo(2 + 2 * MEASURES_PER_PROBLEM);
    }

    @Test
    void aMeasureComesBackWithItsInstitutionLink() throws Exception {
        InstitutionRecord linked = store.registers().institutions().get(0);
        Map<String, List<String>> before = snapshot();
        Removed removed = store.inspections().removeMeasure(linked.measureId());
        assertThat(store.registers().institutions().get(0).measureId()).isNull();
        assertThat(store.registers().institutions().get(0).problemId()).isEqualTo(linked.problemId());
        store.inspections().restore(removed);
        Map<String, List<String>> after = snapshot();
        for (String table : TABLES) {
            if (!table.equals("history")) {
                assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
            }
        }
    }

    /** Progress rises to the whole, in chunks, never past it. */
    private static void assertProgress(List<long[]> heard) {
        assertThat(heard).hasSizeGreaterThan(5);
        long total = heard.get(0)[1];
        long last = 0;
        for (long[] h : heard) {
            assertThat(h[1]).isEqualTo(total);
            assertThat(h[0]).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(total);
            last = h[0];
        }
        assertThat(last).isEqualTo(total);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private long actions(String action) throws SQLException {
        return count("SELECT count(*) FROM history WHERE action = '" + action + "' AND table_name IN"
                + " ('inspection', 'problem', 'measure')");
    }

    /** Every row of the tables a delete touches, each value as SQLite quotes it, in key order. */
    private Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rs.next()) {
                        columns.add("quote(\"" + rs.getString(1) + "\")");
                    }
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT " + String.join(" || '|' || ", columns) + " FROM " + table
                        + " ORDER BY rowid")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }
}
