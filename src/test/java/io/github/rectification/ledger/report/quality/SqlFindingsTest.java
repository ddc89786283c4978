package io.github.rectification.ledger.report.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.report.stats.StatisticsService;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality check that {@code check} and the status bar run asks SQLite for each kind of finding
 * ({@link QualityCheck#of(LedgerStore, LocalDate)}); it must find what the check over a whole snapshot
 * finds ({@link QualityCheck#of(LedgerStore, io.github.rectification.ledger.report.stats.LedgerStatistics,
 * LocalDate)}), kind by kind, record by record and word by word: on the seed ledger, on every sample
 * workbook and on random ledgers of every status, deadline kind, completion date, white space (a
 * full-width space too), progress words, duplicate, directory, close-out, evidence and history age,
 * under every counting rule, on several days. A change of a rule's SQL (a {@code <} for a {@code <=},
 * a status left out) fails here.
 */
class SqlFindingsTest {
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30),
            LocalDate.now(), LocalDate.now().plusDays(400));

    @TempDir
    Path dir;

    @Test
    void theSeedLedgerIsCheckedAlike() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            assertSameFindings(store);
            store.directory().buildFromLedger();
            assertSameFindings(store);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-ledger.xlsx", "seed-ledger.xls", "synthetic-500.xlsx"})
    void everySampleIsCheckedAlike(String sample) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            LedgerImporter.apply(Samples.dir().resolve(sample), store, ImportOptions.defaults());
            assertSameFindings(store);
        }
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 30).mapToObj(i -> (long) i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomLedgersAreCheckedAlike(long seed) throws Exception {
        Path file = dir.resolve("random-" + seed + ".zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            Random r = new Random(seed);
            writeRandom(store, r);
            closeOutSome(store, r);
            ageHistory(store, file, r);
            if (r.nextBoolean()) {
                directory(store, r);
            }
            assertSameFindings(store);
        }
    }

    /** Over all the random ledgers together, every kind of finding is met at least once. */
    @Test
    void theRandomLedgersMeetEveryKindOfFinding() throws Exception {
        Set<Finding.Kind> met = EnumSet.noneOf(Finding.Kind.class);
        for (long seed = 1; seed <= 30; seed++) {
            Path file = dir.resolve("every-" + seed + ".zgtz");
            try (LedgerStore store = LedgerStore.open(file)) {
                Random r = new Random(seed);
                writeRandom(store, r);
                closeOutSome(store, r);
                ageHistory(store, file, r);
                if (r.nextBoolean()) {
                    directory(store, r);
                }
                for (LocalDate day : DAYS) {
                    QualityCheck.of(store, day).forEach(f -> met.add(f.kind()));
                }
            }
        }
        assertThat(met).containsAll(EnumSet.complementOf(EnumSet.of(Finding.Kind.NOTICE_FIGURE_MISMATCH)));
    }

    private static Set<Finding.Kind> assertSameFindings(LedgerStore store) {
        Set<Finding.Kind> found = EnumSet.noneOf(Finding.Kind.class);
        CountingRule stored = store.settings().countingRule();
        for (CountingRule rule : rules()) {
            store.settings().setCountingRule(rule);
            for (LocalDate day : DAYS) {
                List<QualityFinding> bySql = QualityCheck.of(store, day);
                List<QualityFinding> bySnapshot = QualityCheck.of(store, StatisticsService.of(store, day), day);
                assertThat(bySql).as(rule + " on " + day).isEqualTo(bySnapshot);
                bySql.forEach(f -> found.add(f.kind()));
                for (int listed : new int[] {1, 3}) {
                    // asked for the first records only: the same findings, counted in full, listing their first
                    List<QualityFinding> first = QualityCheck.of(store, day, listed);
                    assertThat(first).as(rule + " on " + day + ", " + listed + " listed")
                            .isEqualTo(bySql.stream().map(f -> new QualityFinding(f.kind(), f.summary(),
                                    f.records().subList(0, Math.min(listed, f.records().size())), f.records().size()))
                                    .toList());
                }
            }
        }
        store.settings().setCountingRule(stored);
        return found;
    }

    private static List<CountingRule> rules() {
        List<CountingRule> out = new ArrayList<>();
        for (CountingRule.Basis basis : CountingRule.Basis.values()) {
            for (boolean longTerm : new boolean[] {true, false}) {
                for (CountingRule.DoneWhen when : CountingRule.DoneWhen.values()) {
                    out.add(new CountingRule(basis, longTerm, when));
                }
            }
        }
        return out;
    }

    /** Feedback dates, which some deadlines fall on exactly (the day itself is not before it). */
    private static final LocalDate[] FEEDBACK = {LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30),
        LocalDate.of(2024, 1, 15)};
    private static final String[] NAMES = {"", " ", "\u3000", "办公室", "办公室 ", " 办公室", "财务科", "人事科", "局办公室",
        "\t财务科\u3000"};
    private static final String[] TEXTS = {"", " ", "\u3000", "建立制度", "建立制度。", " 建立制度", "建立制度\u3000",
        "开展专项整治", "开展专项整治！", "完成", "已完成"};
    private static final String[] PROGRESS = {"", " ", "\u3000", "已完成", "已完成。", "完成!", " 已整改 ", "已落实。。",
        "已完成\u3000", "建立制度", "建立制度。", "建立制度 .", "开展专项整治", "推进中", "已制定制度并组织学习", "已完成。完成",
        "\u3000建立制度\u3000"};

    /** A ledger of random shape and words: sub-problems of sub-problems, empty problems, feedback dates or none. */
    private static void writeRandom(LedgerStore store, Random r) {
        store.unitOfWork().bulk(w -> {
            int inspections = 1 + r.nextInt(3);
            List<Long> problems = new ArrayList<>();
            for (int i = 0; i < inspections; i++) {
                LocalDate feedback = r.nextInt(4) == 0 ? null : pick(r, FEEDBACK);
                long inspection = w.add(new Inspection(0, "巡察" + i, "", "", null, null, feedback, null,
                        r.nextInt(3))).id();
                int top = 1 + r.nextInt(5);
                for (int p = 0; p < top; p++) {
                    long parent = w.add(new Problem(0, inspection, null, "(" + p + ")", "", "问题" + p, "",
                            r.nextInt(4))).id();
                    problems.add(parent);
                    for (int s = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; s > 0; s--) {
                        long sub = w.add(new Problem(0, inspection, parent, s + ".", "", "子问题" + s, "", s)).id();
                        problems.add(sub);
                        if (r.nextInt(3) == 0) {
                            problems.add(w.add(new Problem(0, inspection, sub, "①", "", "孙问题", "", 0)).id());
                        }
                    }
                }
            }
            for (long problem : problems) {
                int measures = r.nextInt(5) == 0 ? 0 : r.nextInt(7);
                for (int m = 0; m < measures; m++) {
                    Status status = Status.values()[r.nextInt(Status.values().length)];
                    w.add(MeasureBuilder.under(problem).seq(m + 1 + ".").text(pick(r, TEXTS)).leader(pick(r, NAMES))
                            .department(pick(r, NAMES)).deadline(deadline(r)).status(status)
                            .completedOn(r.nextInt(3) == 0 ? LocalDate.of(2023, 1 + r.nextInt(12), 5) : null)
                            .progress(pick(r, PROGRESS)).order(r.nextInt(4)).build());
                }
            }
            return null;
        });
    }

    private static Deadline deadline(Random r) {
        return switch (DeadlineKind.values()[r.nextInt(DeadlineKind.values().length)]) {
            case DATE -> new Deadline(DeadlineKind.DATE, r.nextInt(3) == 0 ? pick(r, FEEDBACK)
                    : LocalDate.of(2022 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    r.nextInt(4) == 0 ? "2023年3月底" : null);
            case LONG_TERM -> Deadline.longTerm();
            case IMMEDIATE -> Deadline.immediate();
            case NONE -> new Deadline(DeadlineKind.NONE, null, pick(r, new String[] {null, "", " ", "\u3000", "年底前"}));
        };
    }

    /** Strikes off some done measures (some with evidence, some on a reason), sends some back, reopens one. */
    private static void closeOutSome(LedgerStore store, Random r) throws Exception {
        List<Measure> done = store.inspections().snapshot().measures().stream()
                .filter(m -> m.status() == Status.DONE).toList();
        List<Long> struck = new ArrayList<>();
        for (Measure m : done) {
            if (r.nextInt(3) == 0) {
                continue;
            }
            String uid = store.history().uidOf(RecordKind.MEASURE, m.id());
            boolean evidence = r.nextInt(3) == 0;
            if (evidence) {
                Path file = Files.writeString(Files.createTempFile("evidence", ".txt"), "佐证" + m.id());
                store.evidence().attach(EvidenceOwner.measure(uid), List.of(file));
                Files.delete(file);
            }
            store.closeOut().request(uid, "已整改到位");
            if (r.nextInt(4) == 0) {
                store.closeOut().reject(uid, "材料不全");
            } else {
                store.closeOut().approve(uid, "同意销号", evidence && r.nextBoolean() ? "" : "线下核验");
                struck.add(m.id());
            }
        }
        if (struck.size() > 2) {
            store.inspections().update(store.inspections().measure(struck.get(0)).orElseThrow()
                    .withStatus(Status.IN_PROGRESS));
        }
    }

    /** Dates back the history of some measures, so that some in progress were last changed long ago. */
    private static void ageHistory(LedgerStore store, Path file, Random r) throws Exception {
        List<String> uids = store.inspections().snapshot().measures().stream()
                .map(m -> store.history().uidOf(RecordKind.MEASURE, m.id())).toList();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE history SET at = ? WHERE record_uid = ?")) {
            for (String uid : uids) {
                if (r.nextBoolean()) {
                    ps.setString(1, r.nextBoolean() ? "2023-0" + (1 + r.nextInt(9)) + "-15T08:00:00Z"
                            : "2023-05-01T08:00:00." + (1 + r.nextInt(9)) + "Z");
                    ps.setString(2, uid);
                    ps.executeUpdate();
                }
            }
        }
        store.settings().put(LedgerSettings.STALE_DAYS, 10 + r.nextInt(100));
    }

    /** A directory built from the ledger, with an alias taken in and a name forgotten again. */
    private static void directory(LedgerStore store, Random r) {
        store.directory().buildFromLedger();
        if (store.directory().resolve("局办公室").isPresent() && store.directory().resolve("办公室").isPresent()) {
            store.directory().merge("办公室", "局办公室");
        }
        store.directory().resolve("人事科").ifPresent(d -> {
            if (r.nextBoolean()) {
                store.directory().merge(d.name(), "财务科");
                Department merged = store.directory().resolve("人事科").orElseThrow();
                store.directory().update(new Department(merged.id(), merged.name(), List.of(), "", ""));
            }
        });
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
