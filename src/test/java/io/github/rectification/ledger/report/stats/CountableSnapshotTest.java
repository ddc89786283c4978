package io.github.rectification.ledger.report.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.DeadlineWarning;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.Samples;
import io.github.rectification.ledger.testsupport.SeedLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The narrow snapshot that {@code stats} and the status bar count from gives the same figures,
 * breakdowns and deadline warnings as the whole ledger, under every counting rule and on several
 * days: on the seed ledger, on each sample workbook and on random ledgers, each with some measures
 * struck off (销号), some requested or sent back, some struck off and then reopened or deleted. The
 * struck-off measures both snapshots read from SQL are those the close-out register holds as 已销号.
 * A field a rule starts to read that the narrow snapshot leaves out makes this test fail.
 */
class CountableSnapshotTest {
    private static final List<CountingRule> RULES = rules();

    /** Every counting rule: both bases, long-term counted or not, done by status or only once struck off. */
    private static List<CountingRule> rules() {
        List<CountingRule> out = new ArrayList<>();
        for (CountingRule.Basis basis : CountingRule.Basis.values()) {
            for (boolean longTerm : new boolean[] {true, false}) {
                for (CountingRule.DoneWhen when : CountingRule.DoneWhen.values()) {
                    out.add(new CountingRule(basis, longTerm, when));
                }
            }
        }
        return List.copyOf(out);
    }
    private static final int[] EDGES = {-1, 0, 1, 9, 10, 11, 19, 20, 21};
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 30),
            LocalDate.of(2024, 3, 15), LocalDate.of(2026, 12, 3));

    @TempDir
    Path dir;

    @Test
    void theSeedLedgerCountsAlike() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            assertSameCounts(store);
            closeOutSome(store, new Random(7));
            assertSameCounts(store);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-ledger.xlsx", "seed-ledger.xls", "synthetic-500.xlsx"})
    void everySampleCountsAlike(String sample) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            LedgerImporter.apply(Samples.dir().resolve(sample), store, ImportOptions.defaults());
            closeOutSome(store, new Random(sample.hashCode()));
            assertSameCounts(store);
        }
    }

    @Test
    void theStruckOffMeasuresAreThoseTheCloseOutRegisterHoldsAsStruckOff() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            assertThat(store.inspections().snapshot().struckOff()).isEmpty();
            closeOutSome(store, new Random(11));
            Set<Long> expected = struckOffByTheRegister(store);
            assertThat(expected).isNotEmpty();
            assertThat(store.inspections().snapshot().struckOff()).isEqualTo(expected);
            assertThat(store.inspections().countableSnapshot().struckOff()).isEqualTo(expected);
            // the rule's 销号 part counts exactly those of them that are 已完成
            CountingRule closed = CountingRule.DEFAULT.withLongTermCountsAsDone(false)
                    .withDoneWhen(CountingRule.DoneWhen.CLOSED);
            long doneAndStruckOff = store.inspections().snapshot().measures().stream()
                    .filter(m -> m.status() == Status.DONE && expected.contains(m.id())).count();
            assertThat(doneAndStruckOff).isPositive();
            LedgerFigures f = StatisticsService.figures(store, DAYS.get(1));
            assertThat(f.rule()).isEqualTo(CountingRule.DEFAULT);
            store.settings().setCountingRule(closed);
            assertThat(StatisticsService.figures(store, DAYS.get(1)).measuresCountedDone()).isEqualTo(doneAndStruckOff);
            assertThat(StatisticsService.of(store, DAYS.get(1)).figures().rate().done()).isEqualTo(doneAndStruckOff);
        }
    }

    /** The ids of the measures the close-out register holds as 已销号, by the repository's own reading. */
    private static Set<Long> struckOffByTheRegister(LedgerStore store) {
        Set<Long> out = new HashSet<>();
        store.closeOut().all().forEach((uid, c) -> {
            if (c.state() == CloseOutState.CLOSED) {
                store.history().idOfUid(RecordKind.MEASURE, uid).ifPresent(out::add);
            }
        });
        return out;
    }

    /**
     * Requests the close-out of about half the done measures and strikes most of those off (some sent
     * back instead); then reopens one struck-off measure, and deletes another, its close-out left behind.
     */
    private static void closeOutSome(LedgerStore store, Random r) throws Exception {
        List<Measure> done = store.inspections().snapshot().measures().stream().filter(m -> m.status() == Status.DONE).toList();
        List<Long> struck = new ArrayList<>();
        for (Measure m : done) {
            if (r.nextBoolean()) {
                continue;
            }
            String uid = store.history().uidOf(RecordKind.MEASURE, m.id());
            store.closeOut().request(uid, "已整改到位");
            int step = r.nextInt(5);
            if (step == 0) {
                store.closeOut().reject(uid, "材料不全");
            } else if (step > 1) {
                store.closeOut().approve(uid, "同意销号", "线下核验");
                struck.add(m.id());
            }
        }
        if (struck.size() > 2) {
            store.inspections().update(store.inspections().measure(struck.get(0)).orElseThrow().withStatus(Status.IN_PROGRESS));
            store.inspections().removeMeasure(struck.get(1));
        }
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 40).mapToObj(i -> (long) i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomLedgersCountAlike(long seed) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("random-" + seed + ".zgtz"))) {
            Random r = new Random(seed);
            writeRandom(store, r);
            closeOutSome(store, r);
            if (seed % 2 == 0) {
                // the lead departments read by a directory, 局办公室 an alias of 办公室
                store.directory().buildFromLedger();
                if (store.directory().resolve("局办公室").isPresent() && store.directory().resolve("办公室").isPresent()) {
                    store.directory().merge("办公室", "局办公室");
                }
            }
            assertSameCounts(store);
        }
    }

    @Test
    void theNarrowSnapshotLeavesTheTextsOut() throws Exception {
        try (LedgerStore store = SeedLedger.create(dir.resolve("seed.zgtz"))) {
            Ledger narrow = store.inspections().countableSnapshot();
            assertThat(narrow.measures()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.text()).isNull();
                assertThat(m.progress()).isNull();
            });
            assertThat(narrow.measures()).extracting(Measure::id)
                    .containsExactlyElementsOf(store.inspections().snapshot().measures().stream().map(Measure::id).toList());
        }
    }

    private static void assertSameCounts(LedgerStore store) {
        Ledger whole = store.inspections().snapshot();
        Ledger narrow = store.inspections().countableSnapshot();
        WarningBands bands = new WarningBands(10, 20);
        assertThat(narrow.struckOff()).isEqualTo(whole.struckOff()).isEqualTo(struckOffByTheRegister(store));
        for (CountingRule rule : RULES) {
            for (LocalDate day : DAYS) {
                String at = rule + " on " + day;
                assertThat(LedgerFigures.of(narrow, rule, day)).as(at).isEqualTo(LedgerFigures.of(whole, rule, day));
                assertThat(Breakdowns.byCategory(narrow, rule, day)).as(at).isEqualTo(Breakdowns.byCategory(whole, rule, day));
                assertThat(Breakdowns.byDepartment(narrow, rule, day)).as(at)
                        .isEqualTo(Breakdowns.byDepartment(whole, rule, day));
                assertThat(Breakdowns.byLeader(narrow, rule, day)).as(at).isEqualTo(Breakdowns.byLeader(whole, rule, day));
                assertThat(warnings(narrow, bands, day)).as(at).isEqualTo(warnings(whole, bands, day));
            }
        }
        CountingRule stored = store.settings().countingRule();
        for (CountingRule rule : RULES) {
            store.settings().setCountingRule(rule);
            for (LocalDate day : DAYS) {
                assertThat(StatisticsService.figures(store, day)).as(rule + " on " + day)
                        .isEqualTo(StatisticsService.of(store, day).figures())
                        .isEqualTo(LedgerFigures.of(whole, rule, day));
                assertSameListing(store, StatisticsService.of(store, day), rule + " on " + day);
            }
        }
        store.settings().setCountingRule(stored);
        for (LocalDate day : DAYS) {
            LedgerStatistics full = StatisticsService.of(store, day);
            assertThat(StatisticsService.figures(store, day)).isEqualTo(full.figures());
            StatisticsListing all = StatisticsListing.of(store, day, -1);
            assertThat(all.listed()).as("every warning, with its measure whole").isEqualTo(full.warnings());
            assertThat(all.findings()).as("findings with their texts").isEqualTo(ConsistencyCheck.of(full));
            assertThat(all.warningsTotal()).isEqualTo(full.warnings().size());
            assertThat(all.warningsByBand().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(full.warnings().size());
            StatisticsListing first = StatisticsListing.of(store, day, 3);
            assertThat(first.listed()).isEqualTo(full.warnings().subList(0, Math.min(3, full.warnings().size())));
            assertThat(first.warningsByDepartment()).isEqualTo(all.warningsByDepartment());
        }
    }

    /**
     * The listing SQLite counts ({@code stats --json}) says what the statistics of the whole snapshot
     * say: the figures, each group's figures in the order the groups first appear, the warnings by band
     * and by lead department in the order of their most urgent warning, the consistency findings.
     */
    static void assertSameListing(LedgerStore store, LedgerStatistics full, String at) {
        StatisticsListing listing = StatisticsListing.of(store, full.day(), 5);
        assertThat(listing.figures()).as(at).isEqualTo(full.figures());
        assertThat(listing.byCategory()).as(at).isEqualTo(full.byCategory());
        assertThat(listing.byDepartment()).as(at).isEqualTo(full.byDepartment());
        assertThat(listing.byLeader()).as(at).isEqualTo(full.byLeader());
        assertThat(listing.warningsTotal()).as(at).isEqualTo(full.warnings().size());
        java.util.Map<io.github.rectification.ledger.domain.WarningBand, Integer> byBand =
                new java.util.EnumMap<>(io.github.rectification.ledger.domain.WarningBand.class);
        java.util.Map<String, java.util.Map<io.github.rectification.ledger.domain.WarningBand, Integer>> byDepartment =
                new java.util.LinkedHashMap<>();
        for (DeadlineWarning w : full.warnings()) {
            byBand.merge(w.band(), 1, Integer::sum);
            byDepartment.computeIfAbsent(full.departmentOf(w.measure()),
                    k -> new java.util.EnumMap<>(io.github.rectification.ledger.domain.WarningBand.class))
                    .merge(w.band(), 1, Integer::sum);
        }
        assertThat(listing.warningsByBand()).as(at).isEqualTo(byBand);
        assertThat(List.copyOf(listing.warningsByDepartment().entrySet())).as(at + ": in the warnings' order")
                .isEqualTo(List.copyOf(byDepartment.entrySet()));
        assertThat(listing.listed()).as(at).isEqualTo(full.warnings().subList(0, Math.min(5, full.warnings().size())));
        assertThat(listing.findings()).as(at).isEqualTo(ConsistencyCheck.of(full));
    }

    private static List<String> warnings(Ledger ledger, WarningBands bands, LocalDate day) {
        return DeadlineWarning.of(ledger, bands, day).stream()
                .map(w -> w.measure().id() + ":" + w.band() + ":" + w.daysLeft()).toList();
    }

    /** A ledger of random shape: sub-problems, empty problems, every status and deadline kind, blank names. */
    private static void writeRandom(LedgerStore store, Random r) {
        String[] names = {null, "", " ", "办公室", "办公室 ", "财务科", "人事科", "局办公室"};
        String[] categories = {null, "", "党的建设", "全面从严治党", "选人用人"};
        store.unitOfWork().bulk(w -> {
            int inspections = 1 + r.nextInt(3);
            List<Long> problems = new ArrayList<>();
            for (int i = 0; i < inspections; i++) {
                long inspection = w.add(new Inspection(0, "巡察" + i, "", "", null, null,
                        LocalDate.of(2023, 1 + r.nextInt(12), 1), null, i + 1)).id();
                int top = r.nextInt(6);
                for (int p = 0; p < top; p++) {
                    long parent = w.add(new Problem(0, inspection, null, "(" + p + ")", pick(r, categories), "问题" + p,
                            "", p + 1)).id();
                    problems.add(parent);
                    int subs = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
                    for (int s = 0; s < subs; s++) {
                        problems.add(w.add(new Problem(0, inspection, parent, s + ".", pick(r, categories), "子问题" + s,
                                "", s + 1)).id());
                    }
                }
            }
            int order = 0;
            for (long problem : problems) {
                int measures = r.nextInt(5) == 0 ? 0 : r.nextInt(6);
                for (int m = 0; m < measures; m++) {
                    Status status = Status.values()[r.nextInt(Status.values().length)];
                    w.add(MeasureBuilder.under(problem).seq(m + 1 + ".").leader(pick(r, names))
                            .department(pick(r, names)).deadline(deadline(r)).status(status)
                            .completedOn(r.nextInt(3) == 0 ? LocalDate.of(2023, 1 + r.nextInt(12), 5) : null)
                            .order(++order).build());
                }
            }
            String[] kinds = {"批评教育", "提醒谈话", "诫勉谈话", "组织处理", "党纪政务处分", "通报批评", null};
            for (int a = r.nextInt(6); a > 0; a--) {
                w.add(new AccountabilityRecord(0, "某某", "", pick(r, kinds), null, null));
            }
            for (int k = r.nextInt(4); k > 0; k--) {
                w.add(new InstitutionRecord(0, "制度" + k, "", InstitutionKind.values()[r.nextInt(2)], null, null, null));
            }
            return null;
        });
    }

    private static Deadline deadline(Random r) {
        return switch (DeadlineKind.values()[r.nextInt(DeadlineKind.values().length)]) {
            // half of them on the edges of the bands (10 and 20 days) of one of the days counted on
            case DATE -> Deadline.on(r.nextBoolean() ? LocalDate.of(2022 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28))
                    : DAYS.get(r.nextInt(DAYS.size())).plusDays(EDGES[r.nextInt(EDGES.length)]));
            case LONG_TERM -> Deadline.longTerm();
            case IMMEDIATE -> Deadline.immediate();
            case NONE -> new Deadline(DeadlineKind.NONE, null, null);
        };
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
