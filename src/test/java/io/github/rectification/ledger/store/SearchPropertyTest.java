package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search answers exactly what its definition says — a scan over the domain's records: a measure
 * is kept when the query, case-folded character by character, is part of its text, progress,
 * remarks, lead department, leader or person, or of the title, description or category of its
 * problem or of that problem's parent, and its status (and, for overdue only, its deadline) passes
 * — on random ledgers and random queries of one to five characters, after edits, undos, deletes and
 * restores, a bulk write (as an import writes) and a reopen, through the writing store and through
 * a second read-only store of the same process (the window's background reader).
 */
class SearchPropertyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String ALPHABET = "养老服务体系建设整改落实社区食堂aAbBxX0129 、,.-%_\"'";
    private static final String[] DEPARTMENTS = {"民政局", "卫健委", "办公室", "IT科", "it组", ""};

    @TempDir
    Path dir;

    @Test
    void theIndexAnswersAsTheDefinitionThroughEditsUndoImportAndReopen() throws Exception {
        for (int seed = 1; seed <= 12; seed++) {
            runWith(seed);
        }
    }

    private void runWith(long seed) throws Exception {
        Random r = new Random(seed);
        Path file = dir.resolve("search-" + seed + ".zgtz");
        try (LedgerStore store = LedgerStore.open(file)) {
            fill(store, r, 3 + r.nextInt(4), 4 + r.nextInt(5));
            try (LedgerStore reader = LedgerStore.openReadOnly(file)) {
                if (seed % 2 == 0) {
                    reader.inspections().prepareSearch();
                    change(store, r);
                }
                check(store, reader, r, "seed " + seed + " fresh");
                for (int step = 0; step < 25; step++) {
                    String what = change(store, r);
                    check(store, reader, r, "seed " + seed + " step " + step + " " + what);
                }
            }
        }
        try (LedgerStore reopened = LedgerStore.open(file)) {
            check(reopened, null, r, "seed " + seed + " reopened");
        }
    }

    // ---------------------------------------------------------------- the ledger

    private static String text(Random r, int max) {
        return exactly(r, r.nextInt(max + 1));
    }

    private static String exactly(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static Measure measure(Random r, long problemId) {
        Status status = Status.values()[r.nextInt(Status.values().length)];
        Deadline deadline = switch (r.nextInt(3)) {
            case 0 -> Deadline.NONE;
            case 1 -> Deadline.longTerm();
            default -> Deadline.on(TODAY.plusDays(r.nextInt(21) - 10));
        };
        return new Measure(0, problemId, "", text(r, 12), text(r, 3), DEPARTMENTS[r.nextInt(DEPARTMENTS.length)],
                List.of(), text(r, 3), deadline, status, null, text(r, 8), text(r, 4), 0);
    }

    private static Problem problem(Random r, long inspectionId, Long parentId) {
        return new Problem(0, inspectionId, parentId, "", text(r, 3), text(r, 8), text(r, 10), 0);
    }

    static void fill(LedgerStore store, Random r, int problems, int measuresEach) {
        Inspection i = store.inspections().add(Inspection.draft("巡察" + r.nextInt(100)));
        List<Problem> made = new ArrayList<>();
        for (int p = 0; p < problems; p++) {
            Long parent = !made.isEmpty() && r.nextInt(3) == 0 ? made.get(r.nextInt(made.size())).id() : null;
            if (parent != null && store.inspections().problem(parent).orElseThrow().parentId() != null) {
                parent = null;
            }
            made.add(store.inspections().add(problem(r, i.id(), parent)));
        }
        for (Problem p : made) {
            for (int m = 0; m < measuresEach; m++) {
                store.inspections().add(measure(r, p.id()));
            }
        }
    }

    /** One random change (and sometimes its undo); returns what it was. */
    private static String change(LedgerStore store, Random r) {
        Ledger l = store.inspections().snapshot();
        List<Measure> measures = l.measures();
        List<Problem> problems = l.problems();
        int kind = r.nextInt(8);
        if (measures.isEmpty() || problems.isEmpty()) {
            kind = 6;
        }
        switch (kind) {
            case 0 -> {
                Measure m = measures.get(r.nextInt(measures.size()));
                Measure other = measure(r, m.problemId());
                store.inspections().update(new Measure(m.id(), m.problemId(), m.seq(), other.text(), other.leader(),
                        other.department(), m.supportingDepartments(), other.person(), other.deadline(), other.status(),
                        null, other.progress(), other.remarks(), m.order()));
                return "edit measure";
            }
            case 1 -> {
                Measure m = measures.get(r.nextInt(measures.size()));
                store.inspections().update(new Measure(m.id(), m.problemId(), m.seq(), text(r, 12), m.leader(),
                        m.department(), m.supportingDepartments(), m.person(), m.deadline(), m.status(),
                        m.completedOn(), m.progress(), m.remarks(), m.order()));
                store.inspections().update(m);
                return "edit and undo";
            }
            case 2 -> {
                Problem p = problems.get(r.nextInt(problems.size()));
                Problem other = problem(r, p.inspectionId(), p.parentId());
                store.inspections().update(new Problem(p.id(), p.inspectionId(), p.parentId(), p.seq(), other.category(),
                        other.title(), other.description(), p.order()));
                return "edit problem";
            }
            case 3 -> {
                Removed removed = store.inspections().removeMeasure(measures.get(r.nextInt(measures.size())).id());
                if (r.nextBoolean()) {
                    store.inspections().restore(removed);
                    return "delete and undo measure";
                }
                return "delete measure";
            }
            case 4 -> {
                Removed removed = store.inspections().removeProblem(problems.get(r.nextInt(problems.size())).id());
                if (r.nextBoolean()) {
                    store.inspections().restore(removed);
                    return "delete and undo problem";
                }
                return "delete problem";
            }
            case 5 -> {
                Inspection i = l.inspections().get(r.nextInt(l.inspections().size()));
                Removed removed = store.inspections().removeInspection(i.id());
                if (r.nextInt(3) > 0) {
                    store.inspections().restore(removed);
                    return "delete and undo inspection";
                }
                return "delete inspection";
            }
            case 6 -> {
                store.unitOfWork().bulk(w -> {
                    Inspection i = w.add(Inspection.draft("导入"));
                    Problem p = w.add(problem(r, i.id(), null));
                    Problem sub = w.add(problem(r, i.id(), p.id()));
                    for (int k = 0; k < 6; k++) {
                        w.add(measure(r, (k % 2 == 0 ? p : sub).id()));
                    }
                    if (!measures.isEmpty()) {
                        Measure m = measures.get(r.nextInt(measures.size()));
                        w.update(new Measure(m.id(), m.problemId(), m.seq(), text(r, 12), m.leader(), m.department(),
                                m.supportingDepartments(), m.person(), m.deadline(), m.status(), m.completedOn(),
                                text(r, 8), m.remarks(), m.order()));
                    }
                    return null;
                });
                return "bulk write";
            }
            default -> {
                Measure m = measures.get(r.nextInt(measures.size()));
                Problem to = problems.get(r.nextInt(problems.size()));
                store.inspections().update(new Measure(m.id(), to.id(), m.seq(), m.text(), m.leader(), m.department(),
                        m.supportingDepartments(), m.person(), m.deadline(), m.status(), m.completedOn(), m.progress(),
                        m.remarks(), m.order()));
                return "measure moved to another problem";
            }
        }
    }

    // ---------------------------------------------------------------- the check

    private static void check(LedgerStore store, LedgerStore reader, Random r, String when) {
        Ledger l = store.inspections().snapshot();
        for (int k = 0; k < 30; k++) {
            MeasureFilter f = filter(l, r);
            FilterHits expected = definition(l, f);
            assertThat(store.inspections().find(f)).as(when + ", query «" + f.text() + "» " + f).isEqualTo(expected);
            if (reader != null) {
                assertThat(reader.inspections().find(f)).as(when + ", reader, query «" + f.text() + "»")
                        .isEqualTo(expected);
            }
        }
    }

    static MeasureFilter filter(Ledger l, Random r) {
        int length = 1 + r.nextInt(5);
        String q;
        List<String> texts = new ArrayList<>();
        for (Measure m : l.measures()) {
            texts.add(m.text());
            texts.add(m.progress());
            texts.add(m.department());
        }
        for (Problem p : l.problems()) {
            texts.add(p.title());
            texts.add(p.description());
        }
        texts.removeIf(t -> t.strip().length() < length);
        if (!texts.isEmpty() && r.nextInt(3) > 0) {
            String t = texts.get(r.nextInt(texts.size()));
            int from = r.nextInt(t.length() - length + 1);
            q = t.substring(from, from + length);
        } else {
            q = exactly(r, length);
        }
        StringBuilder cased = new StringBuilder();
        for (char c : q.toCharArray()) {
            cased.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        Set<Status> statuses = r.nextInt(4) == 0 ? EnumSet.of(Status.values()[r.nextInt(4)], Status.values()[r.nextInt(4)])
                : EnumSet.allOf(Status.class);
        return new MeasureFilter(cased.toString(), statuses, r.nextInt(5) == 0, TODAY);
    }

    private static boolean contains(String field, String query) {
        return lower(field).contains(lower(query));
    }

    private static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Character.toLowerCase(s.charAt(i)));
        }
        return sb.toString();
    }

    /** The search as defined, over the domain's records. */
    static FilterHits definition(Ledger l, MeasureFilter f) {
        Map<Long, Problem> problems = new HashMap<>();
        for (Problem p : l.problems()) {
            problems.put(p.id(), p);
        }
        Set<Long> measureIds = new HashSet<>();
        Set<Long> problemIds = new HashSet<>();
        Set<Long> inspectionIds = new HashSet<>();
        Map<String, Integer> departments = new HashMap<>();
        String q = f.text();
        for (Measure m : l.measures()) {
            if (!f.statuses().contains(m.status())) {
                continue;
            }
            if (f.overdueOnly() && !((m.status() == Status.IN_PROGRESS || m.status() == Status.NOT_STARTED)
                    && m.deadline().date() != null && m.deadline().date().isBefore(f.today()))) {
                continue;
            }
            Problem p = problems.get(m.problemId());
            Problem parent = p.parentId() == null ? null : problems.get(p.parentId());
            boolean hit = q.isEmpty() || contains(m.text(), q) || contains(m.progress(), q) || contains(m.remarks(), q)
                    || contains(m.department(), q) || contains(m.leader(), q) || contains(m.person(), q)
                    || matches(p, q) || parent != null && matches(parent, q);
            if (!hit) {
                continue;
            }
            measureIds.add(m.id());
            inspectionIds.add(p.inspectionId());
            departments.merge(m.department(), 1, Integer::sum);
            for (Problem a = p; a != null && problemIds.add(a.id()); a = a.parentId() == null ? null : problems.get(a.parentId())) {
                // the problem and its ancestors
            }
        }
        return new FilterHits(inspectionIds, problemIds, measureIds, departments);
    }

    private static boolean matches(Problem p, String q) {
        return contains(p.title(), q) || contains(p.description(), q) || contains(p.category(), q);
    }

    @Test
    void insideAWriteTheWritingStoreFindsWhatTheWriteDidSoFarAndNothingOfItOnceRolledBack() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("inside.zgtz"))) {
            fill(store, new Random(5), 2, 2);
            long problemId = store.inspections().snapshot().problems().get(0).id();
            assertThat(store.inspections().find(MeasureFilter.text("回滚", TODAY)).measureIds()).isEmpty();
            try {
                store.unitOfWork().run(() -> {
                    Measure m = store.inspections().add(Measure.draft(problemId, "待回滚的措施"));
                    assertThat(store.inspections().find(MeasureFilter.text("回滚", TODAY)).measureIds())
                            .containsExactly(m.id());
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // the write is rolled back
            }
            assertThat(store.inspections().find(MeasureFilter.text("回滚", TODAY)).measureIds()).isEmpty();
        }
    }

    @Test
    void aWriterOfTheSameFileUnderAnotherNameIsFollowedByTheDataVersion() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Random r = new Random(99);
        try (LedgerStore writer = LedgerStore.open(link.resolve("l.zgtz"))) {
            fill(writer, r, 4, 5);
            try (LedgerStore reader = LedgerStore.openReadOnly(real.resolve("l.zgtz"))) {
                check(writer, reader, r, "fresh");
                for (int step = 0; step < 15; step++) {
                    String what = change(writer, r);
                    check(writer, reader, r, "step " + step + " " + what);
                }
            }
        }
    }
}
